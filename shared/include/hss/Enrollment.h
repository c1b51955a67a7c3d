// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "hss/EnrollmentStatus.h"
#include "hss/Result.h"
#include "hss/Uuid.h"

namespace hss {

/// A learner's enrollment in a course and the modules finished so far.
/// JSON keys: id, course_id, user_id, status, completed_module_ids, enrolled_at, completed_at.
struct Enrollment
{
    Uuid id;
    Uuid courseId;
    Uuid userId;
    EnrollmentStatus status = EnrollmentStatus::Enrolled;
    std::vector<Uuid> completedModuleIds; ///< No duplicates, at most limits::modulesPerCourseMax.
    std::int64_t enrolledAt = 0;
    std::optional<std::int64_t> completedAt; ///< Required when status is completed; not before enrolledAt.

    /// Member-wise equality.
    friend bool operator==(const Enrollment&, const Enrollment&) = default;
};

/// Success, or the first broken rule with the JSON name of its field.
Status validate(const Enrollment& enrollment);

/// The JSON object for \a enrollment.
nlohmann::json toJson(const Enrollment& enrollment);

/// Decodes and validates an enrollment.
Result<Enrollment> enrollmentFromJson(const nlohmann::json& json);

} // namespace hss
