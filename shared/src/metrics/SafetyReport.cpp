// SPDX-License-Identifier: MIT
#include "hss/metrics/SafetyReport.h"

#include "../EnumTable.h"

namespace hss::metrics {

namespace {

constexpr detail::EnumTable<SafetyOutcome, 3> table {"safety outcome",
                                                     {{
                                                         {SafetyOutcome::Correct, "correct"},
                                                         {SafetyOutcome::Incorrect, "incorrect"},
                                                         {SafetyOutcome::NearMiss, "near_miss"},
                                                     }}};

} // namespace

std::string_view toString(SafetyOutcome outcome)
{
    return table.name(outcome);
}

Result<SafetyOutcome> safetyOutcomeFromString(std::string_view text, std::string_view field)
{
    return table.parse(text, field);
}

} // namespace hss::metrics
