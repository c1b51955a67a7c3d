// SPDX-License-Identifier: MIT
#include "EnrollmentIntake.h"

#include <algorithm>
#include <string>

namespace hss::server {

Status checkEnrollment(const Enrollment& enrollment, const Principal& principal, const Course& course)
{
    if (auto valid = validate(enrollment); !valid) {
        return valid;
    }
    if (enrollment.userId.toString() != principal.userId) {
        return Error {ErrorCode::InvalidArgument, "user_id", "an enrolment can only be made or changed by its learner"};
    }
    if (enrollment.courseId != course.id) {
        return Error {ErrorCode::InvalidArgument, "course_id", "the enrolment is for another course"};
    }
    const auto inCourse = [&course](const Uuid& id) {
        return std::any_of(course.modules.begin(), course.modules.end(),
                           [&id](const CourseModule& module) { return module.id == id; });
    };
    for (std::size_t i = 0; i < enrollment.completedModuleIds.size(); ++i) {
        if (!inCourse(enrollment.completedModuleIds[i])) {
            return Error {ErrorCode::InvalidArgument, "completed_module_ids[" + std::to_string(i) + "]",
                          "not a module of this course"};
        }
    }
    if (enrollment.status == EnrollmentStatus::Completed
        && enrollment.completedModuleIds.size() != course.modules.size()) {
        return Error {ErrorCode::InvalidArgument, "status", "a course is completed only once every module is"};
    }
    return okStatus();
}

} // namespace hss::server
