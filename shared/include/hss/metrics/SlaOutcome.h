// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

#include "hss/Result.h"
#include "hss/sla/SlaReport.h"

namespace hss::metrics {

/// How one SLA clock of a ticket turned out, as far as it is known.
enum class SlaOutcome {
    NotApplicable, ///< The clock has no policy or is not running (SlaState::Inactive).
    Running, ///< Still running within its target: the outcome is not decided yet.
    Met, ///< Stopped within its target.
    Breached, ///< Past its target, whether stopped late or still running (it can no longer be met).
};

/// Stable wire names: "not_applicable", "running", "met", "breached".
std::string_view toString(SlaOutcome outcome);

/// Parses a wire name; anything else gives UnknownValue naming \a field.
Result<SlaOutcome> slaOutcomeFromString(std::string_view text, std::string_view field = "sla_outcome");

/// The outcome of a clock in \a state: inactive is NotApplicable, met is Met, breached is Breached, and ok / warning
/// / escalated (running within the target) are Running.
SlaOutcome slaOutcomeOf(sla::SlaState state);

/// The outcome of a computed clock: slaOutcomeOf(clock.state).
SlaOutcome slaOutcomeOf(const sla::SlaClock& clock);

} // namespace hss::metrics
