// SPDX-License-Identifier: MIT
#include "hss/metrics/SlaOutcome.h"

#include <stdexcept>

#include "../EnumTable.h"

namespace hss::metrics {

namespace {

constexpr detail::EnumTable<SlaOutcome, 4> table {"SLA outcome",
                                                  {{
                                                      {SlaOutcome::NotApplicable, "not_applicable"},
                                                      {SlaOutcome::Running, "running"},
                                                      {SlaOutcome::Met, "met"},
                                                      {SlaOutcome::Breached, "breached"},
                                                  }}};

} // namespace

std::string_view toString(SlaOutcome outcome)
{
    return table.name(outcome);
}

Result<SlaOutcome> slaOutcomeFromString(std::string_view text, std::string_view field)
{
    return table.parse(text, field);
}

SlaOutcome slaOutcomeOf(sla::SlaState state)
{
    switch (state) {
    case sla::SlaState::Inactive:
        return SlaOutcome::NotApplicable;
    case sla::SlaState::Ok:
    case sla::SlaState::Warning:
    case sla::SlaState::Escalated:
        return SlaOutcome::Running;
    case sla::SlaState::Met:
        return SlaOutcome::Met;
    case sla::SlaState::Breached:
        return SlaOutcome::Breached;
    }
    throw std::invalid_argument("slaOutcomeOf: state outside the enumeration");
}

SlaOutcome slaOutcomeOf(const sla::SlaClock& clock)
{
    return slaOutcomeOf(clock.state);
}

} // namespace hss::metrics
