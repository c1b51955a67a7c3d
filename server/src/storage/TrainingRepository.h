// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

    /// Stores an issued certificate. NotFound for an unknown course; Conflict when the id or serial exists.
    Result<Certificate> issueCertificate(const Certificate& certificate);

    /// The user's certificates, newest first.
    std::vector<Certificate> certificatesOf(const Uuid& userId);

private:
    std::string sql(std::string_view text) const;
    std::vector<CourseModule> modulesOf(Poco::Data::Session& session, const std::string& courseId);
    std::vector<Course> readCourses(Poco::Data::Session& session, const std::optional<std::string>& id);

    Database& m_database;
};

} // namespace hss::server
