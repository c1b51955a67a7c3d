// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <string_view>

#include "hss/Result.h"

namespace hss {

/// Progress of a learner in a course.
enum class EnrollmentStatus {
    Enrolled,
    InProgress,
    Completed,
    Withdrawn,
};

/// Every EnrollmentStatus value in declaration order.
inline constexpr std::array<EnrollmentStatus, 4> allEnrollmentStatuses {
    EnrollmentStatus::Enrolled,
    EnrollmentStatus::InProgress,
    EnrollmentStatus::Completed,
    EnrollmentStatus::Withdrawn,
};

/// The stable wire name, e.g. "enrolled".
std::string_view toString(EnrollmentStatus enrollmentStatus);

/// Parses a wire name; anything else gives UnknownValue naming \a field.
Result<EnrollmentStatus> enrollmentStatusFromString(std::string_view text, std::string_view field = "status");

} // namespace hss
