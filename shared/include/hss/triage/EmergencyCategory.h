// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <string_view>

#include "hss/Result.h"

namespace hss::triage {

/// The seed's four kinds of medical emergency.
enum class EmergencyCategory {
    PatientSafety,
    SystemDowntime,
    DataBreach,
    ComplianceViolation,
};

/// Every EmergencyCategory in declaration order (also the tie-break order: patient safety wins a tie).
inline constexpr std::array<EmergencyCategory, 4> allEmergencyCategories {
    EmergencyCategory::PatientSafety,
    EmergencyCategory::SystemDowntime,
    EmergencyCategory::DataBreach,
    EmergencyCategory::ComplianceViolation,
};

/// The stable wire name, e.g. "patient_safety".
std::string_view toString(EmergencyCategory category);

/// Parses a wire name; anything else gives UnknownValue naming \a field.
Result<EmergencyCategory> emergencyCategoryFromString(std::string_view text,
                                                      std::string_view field = "emergency_category");

} // namespace hss::triage
