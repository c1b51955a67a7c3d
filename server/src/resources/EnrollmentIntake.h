// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>

#include <Poco/Data/Session.h>

#include "../auth/Principal.h"
#include "hss/Certificate.h"
#include "hss/Course.h"
#include "hss/Enrollment.h"
#include "hss/Result.h"

namespace hss::server {

/// The rules every enrolment write follows, through POST /api/training/enroll/{courseId} or a sync push: the rules
/// of hss::validate(), it is the signed-in person's own enrolment in \a course, its completed modules are modules of
/// that course, and it is completed only once every module is. Success, or the first broken rule.
Status checkEnrollment(const Enrollment& enrollment, const Principal& principal, const Course& course);

class TrainingRepository;

/// The certificate rule, for every path that completes an enrolment (the sync push; REST only enrols): once
/// \a enrollment is completed, its learner gets one certificate for \a course, issued at the completion time (at
/// most \a nowMs) and valid for the course's validityMonths (30-day months), in the caller's transaction. Nothing
/// is issued while the learner holds a certificate for the course that has not expired, so a retried push never
/// issues a second one. The new certificate, nothing, or the storage error.
Result<std::optional<Certificate>> issueEarnedCertificate(TrainingRepository& training, Poco::Data::Session& session,
                                                          const Enrollment& enrollment, const Course& course,
                                                          std::int64_t nowMs);

} // namespace hss::server
