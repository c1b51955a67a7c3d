// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <Poco/Data/Session.h>

#include "Database.h"
#include "hss/Certificate.h"
#include "hss/Course.h"
#include "hss/Enrollment.h"
#include "hss/Result.h"

namespace hss::server {

/// Training: courses with their ordered modules, enrollments (one per user and course) and certificates.
/// Thread-safe.
class TrainingRepository final
{
public:
    explicit TrainingRepository(Database& database);

    /// Stores a course and its modules. Validation errors as hss::validate(); Conflict when the id exists.
    Result<Course> createCourse(const Course& course);

    /// The course with its modules in order; NotFound for anything else.
    Result<Course> findCourse(std::string_view id);

    /// Every course with its modules, ordered by title.
    std::vector<Course> listCourses();

    /// Enrolls the user in the course. Idempotent: when the user is already enrolled, the existing enrollment is
    /// returned unchanged. NotFound when the course does not exist.
    Result<Enrollment> enroll(const Enrollment& enrollment);

    /// The user's enrollments, oldest first.
    std::vector<Enrollment> enrollmentsOf(const Uuid& userId);

    /// enroll() inside the caller's write transaction; a new enrolment enters the sync feed stamped \a hlc (empty:
    /// the server's stamp at enrolled_at) in that transaction. The returned enrolment has another id when the user
    /// was already enrolled in the course.
    Result<Enrollment> enroll(Poco::Data::Session& session, const Enrollment& enrollment, const std::string& hlc = {});
    /// Stores an existing enrolment's progress (status, completed modules, completion time) in the caller's write
    /// transaction and records it in the sync feed. Validation errors as hss::validate(); NotFound for an unknown id.
    Result<Enrollment> saveProgress(Poco::Data::Session& session, const Enrollment& enrollment, const std::string& hlc);
    /// Records in the sync feed, in the caller's transaction, that no enrolment \a id exists (a console's copy made
    /// offline was merged into the one the server already had), so consoles drop their copy.
    void recordEnrollmentGone(Poco::Data::Session& session, std::string_view id, const std::string& hlc);
    /// One enrolment by id; NotFound for anything else.
    Result<Enrollment> findEnrollment(Poco::Data::Session& session, std::string_view id);
    /// The user's enrolment in the course; NotFound when there is none.
    Result<Enrollment> findEnrollmentOf(Poco::Data::Session& session, const Uuid& userId, const Uuid& courseId);
    /// The enrolments with these ids that exist, by id text (one query per 200 ids: the sync feed reads pages).
    std::map<std::string, Enrollment> findEnrollments(Poco::Data::Session& session,
                                                      const std::vector<std::string>& ids);
    /// findCourse() on the caller's session (inside its transaction).
    Result<Course> findCourse(Poco::Data::Session& session, std::string_view id);
    /// The courses with these ids that exist, with their modules in order, by id text (per 200 ids one query for
    /// the courses and one for their modules: the sync feed reads pages).
    std::map<std::string, Course> findCourses(Poco::Data::Session& session, const std::vector<std::string>& ids);

    /// Stores an issued certificate. NotFound for an unknown course; Conflict when the id or serial exists.
    Result<Certificate> issueCertificate(const Certificate& certificate);
    /// issueCertificate() inside the caller's write transaction (with the enrolment that earned it).
    Result<Certificate> issueCertificate(Poco::Data::Session& session, const Certificate& certificate);

    /// The user's certificates, newest first.
    std::vector<Certificate> certificatesOf(const Uuid& userId);
    /// certificatesOf() on the caller's session (inside its transaction).
    std::vector<Certificate> certificatesOf(Poco::Data::Session& session, const Uuid& userId);

private:
    std::string sql(std::string_view text) const;
    std::vector<CourseModule> modulesOf(Poco::Data::Session& session, const std::string& courseId);
    std::vector<Course> readCourses(Poco::Data::Session& session, const std::optional<std::string>& id);

    Database& m_database;
};

} // namespace hss::server
