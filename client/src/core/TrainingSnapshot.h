// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <vector>

#include "hss/Certificate.h"
#include "hss/Course.h"
#include "hss/Enrollment.h"

namespace hss::client {

/// What the training page shows, read in one store job: the catalogue, the user's enrolments and certificates.
struct TrainingSnapshot
{
    std::vector<Course> courses; ///< with their modules, by title
    std::vector<Enrollment> enrollments; ///< the signed-in user's
    std::vector<Certificate> certificates; ///< the signed-in user's, soonest expiry first

    const Course* course(const Uuid& id) const;
    /// The user's enrolment in \a courseId, if any.
    const Enrollment* enrollmentIn(const Uuid& courseId) const;
};

inline const Course* TrainingSnapshot::course(const Uuid& id) const
{
    for (const Course& c : courses) {
        if (c.id == id) {
            return &c;
        }
    }
    return nullptr;
}

inline const Enrollment* TrainingSnapshot::enrollmentIn(const Uuid& courseId) const
{
    for (const Enrollment& e : enrollments) {
        if (e.courseId == courseId && e.status != EnrollmentStatus::Withdrawn) {
            return &e;
        }
    }
    return nullptr;
}

} // namespace hss::client
