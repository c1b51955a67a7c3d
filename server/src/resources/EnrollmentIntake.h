// SPDX-License-Identifier: MIT
#pragma once

#include "../auth/Principal.h"
#include "hss/Course.h"
#include "hss/Enrollment.h"
#include "hss/Result.h"

namespace hss::server {

/// The rules every enrolment write follows, through POST /api/training/enroll/{courseId} or a sync push: the rules
/// of hss::validate(), it is the signed-in person's own enrolment in \a course, its completed modules are modules of
/// that course, and it is completed only once every module is. Success, or the first broken rule.
Status checkEnrollment(const Enrollment& enrollment, const Principal& principal, const Course& course);

} // namespace hss::server
