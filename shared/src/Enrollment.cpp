// SPDX-License-Identifier: MIT
#include "hss/Enrollment.h"

#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "FieldRules.h"
#include "JsonObjectReader.h"
#include "hss/Limits.h"
#include "hss/Timestamp.h"

namespace hss {

namespace {

Status checkCompletedModules(const std::vector<Uuid>& ids)
{
    if (ids.size() > limits::modulesPerCourseMax) {
        return Error {ErrorCode::TooLong, "completed_module_ids", "more ids than a course has modules"};
    }
    std::set<Uuid> seen;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const std::string field = "completed_module_ids[" + std::to_string(i) + "]";
        if (auto id = detail::checkId(field, ids[i]); !id) {
            return id;
        }
        if (!seen.insert(ids[i]).second) {
            return Error {ErrorCode::Conflict, field, "module listed twice"};
        }
    }
    return okStatus();
}

Status checkCompletion(const Enrollment& enrollment)
{
    if (enrollment.status == EnrollmentStatus::Completed && !enrollment.completedAt) {
        return Error {ErrorCode::MissingField, "completed_at", "a completed enrollment needs its completion time"};
    }
    return detail::checkOptionalTimestamp("completed_at", enrollment.completedAt, enrollment.enrolledAt, "enrolled_at");
}

} // namespace

Status validate(const Enrollment& enrollment)
{
    using namespace detail;
    return firstFailure({
        checkId("id", enrollment.id),
        checkId("course_id", enrollment.courseId),
        checkId("user_id", enrollment.userId),
        checkCompletedModules(enrollment.completedModuleIds),
        checkTimestamp("enrolled_at", enrollment.enrolledAt),
        checkCompletion(enrollment),
    });
}

nlohmann::json toJson(const Enrollment& enrollment)
{
    nlohmann::json completed = nlohmann::json::array();
    for (const auto& id : enrollment.completedModuleIds) {
        completed.push_back(id.toString());
    }
    return nlohmann::json {
        {"id", enrollment.id.toString()},
        {"course_id", enrollment.courseId.toString()},
        {"user_id", enrollment.userId.toString()},
        {"status", toString(enrollment.status)},
        {"completed_module_ids", std::move(completed)},
        {"enrolled_at", formatTimestamp(enrollment.enrolledAt)},
        {"completed_at",
         enrollment.completedAt ? nlohmann::json(formatTimestamp(*enrollment.completedAt)) : nlohmann::json(nullptr)},
    };
}

Result<Enrollment> enrollmentFromJson(const nlohmann::json& json)
{
    detail::JsonObjectReader reader(json);
    Enrollment enrollment;
    reader.uuid("id", enrollment.id);
    reader.uuid("course_id", enrollment.courseId);
    reader.uuid("user_id", enrollment.userId);
    reader.enumeration("status", enrollment.status, &enrollmentStatusFromString);
    reader.uuidList("completed_module_ids", enrollment.completedModuleIds);
    reader.timestamp("enrolled_at", enrollment.enrolledAt);
    reader.optionalTimestamp("completed_at", enrollment.completedAt);
    if (auto status = reader.finish(); !status) {
        return status.error();
    }
    if (auto valid = validate(enrollment); !valid) {
        return valid.error();
    }
    return enrollment;
}

} // namespace hss
