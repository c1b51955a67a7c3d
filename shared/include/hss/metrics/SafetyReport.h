// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "hss/Result.h"

namespace hss::metrics {

/// A clinician's verdict on one critical decision of the AI system.
enum class SafetyOutcome {
    Correct, ///< The decision was right.
    Incorrect, ///< The decision was wrong and reached the patient's care.
    NearMiss, ///< The decision was wrong but was caught before it affected care.
};

/// Stable wire names: "correct", "incorrect", "near_miss".
std::string_view toString(SafetyOutcome outcome);

/// Parses a wire name; anything else gives UnknownValue naming \a field.
Result<SafetyOutcome> safetyOutcomeFromString(std::string_view text, std::string_view field = "safety_outcome");

/// A clinician's report on whether a critical decision of the AI system was correct.
struct SafetyReport
{
    std::int64_t createdAt = 0; ///< When the report was made, UTC milliseconds.
    SafetyOutcome outcome = SafetyOutcome::Correct;
    std::string team; ///< The team of the ticket the report came through; empty when none.
};

} // namespace hss::metrics
