// SPDX-License-Identifier: MIT
#include "EnrollmentIntake.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "../storage/TrainingRepository.h"

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

Result<std::optional<Certificate>> issueEarnedCertificate(TrainingRepository& training, Poco::Data::Session& session,
                                                          const Enrollment& enrollment, const Course& course,
                                                          std::int64_t nowMs)
{
    if (enrollment.status != EnrollmentStatus::Completed) {
        return std::optional<Certificate>();
    }
    const std::int64_t issuedAt = std::min(enrollment.completedAt.value_or(nowMs), nowMs);
    for (const Certificate& held : training.certificatesOf(session, enrollment.userId)) {
        if (held.courseId == course.id && held.expiresAt > issuedAt) {
            return std::optional<Certificate>();
        }
    }
    constexpr std::int64_t monthMs = 30LL * 24 * 60 * 60 * 1000;
    Certificate certificate;
    certificate.userId = enrollment.userId;
    certificate.courseId = course.id;
    certificate.program = course.certificationProgram;
    certificate.issuedAt = issuedAt;
    certificate.expiresAt = issuedAt + course.validityMonths * monthMs;
    // The serial is printed on the certificate: "HSS-" and the random tail of the id, retried on the rare clash.
    Result<Certificate> issued = Error {ErrorCode::Internal, "serial", "no free certificate serial"};
    for (int attempt = 0; attempt < 3 && !issued; ++attempt) {
        certificate.id = Uuid::createV7();
        const std::string id = certificate.id.toString();
        certificate.serial = "HSS-" + id.substr(id.size() - 12);
        std::transform(certificate.serial.begin(), certificate.serial.end(), certificate.serial.begin(),
                       [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
        issued = training.issueCertificate(session, certificate);
        if (!issued && issued.error().code != ErrorCode::Conflict) {
            return issued.error();
        }
    }
    if (!issued) {
        return issued.error();
    }
    return std::optional<Certificate>(issued.value());
}

} // namespace hss::server
