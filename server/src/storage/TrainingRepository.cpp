// SPDX-License-Identifier: MIT
#include "TrainingRepository.h"

#include <Poco/Data/Statement.h>
#include <Poco/Nullable.h>

#include "ResultRows.h"
#include "SqlText.h"
#include "SyncFeedRepository.h"
#include "WriteTransaction.h"

namespace pk = Poco::Data::Keywords;

namespace hss::server {

namespace {

constexpr std::string_view selectEnrollment = "SELECT id, course_id, user_id, status, completed_module_ids, "
                                              "enrolled_at, completed_at FROM enrollments";

template <class Enum>
Poco::Nullable<std::string> optionalName(const std::optional<Enum>& value)
{
    return value ? Poco::Nullable<std::string>(std::string(toString(*value))) : Poco::Nullable<std::string>();
}

Enrollment enrollmentFromRow(const ResultRows& rows, std::size_t row)
{
    Enrollment enrollment;
    enrollment.id = Uuid::parse(rows.text(row, 0)).value();
    enrollment.courseId = Uuid::parse(rows.text(row, 1)).value();
    enrollment.userId = Uuid::parse(rows.text(row, 2)).value();
    enrollment.status = enrollmentStatusFromString(rows.text(row, 3)).value();
    for (const auto& id : sqltext::fromJsonList(rows.text(row, 4))) {
        enrollment.completedModuleIds.push_back(Uuid::parse(id).value());
    }
    enrollment.enrolledAt = rows.integer(row, 5);
    enrollment.completedAt = rows.optionalInteger(row, 6);
    return enrollment;
}

} // namespace

TrainingRepository::TrainingRepository(Database& database)
    : m_database(database)
{ }

std::string TrainingRepository::sql(std::string_view text) const
{
    return sqltext::forBackend(text, m_database.backend());
}

Result<Course> TrainingRepository::createCourse(const Course& course)
{
    if (auto valid = validate(course); !valid) {
        return valid.error();
    }
    const std::string id = course.id.toString();
    auto session = m_database.session();
    WriteTransaction transaction(session, m_database.backend());
    std::int64_t taken = 0;
    session << sql("SELECT COUNT(*) FROM courses WHERE id = ?"), pk::into(taken), pk::bind(id), pk::now;
    if (taken != 0) {
        return Error {ErrorCode::Conflict, "id", "a course with this id exists"};
    }
    session << sql("INSERT INTO courses (id, title, description, learning_path, certification_program, "
                   "validity_months) VALUES (?, ?, ?, ?, ?, ?)"),
        pk::bind(id), pk::bind(course.title), pk::bind(course.description),
        pk::bind(std::string(toString(course.learningPath))), pk::bind(optionalName(course.certificationProgram)),
        pk::bind(course.validityMonths), pk::now;
    for (const auto& module : course.modules) {
        session << sql("INSERT INTO course_modules (id, course_id, title, position, duration_minutes) "
                       "VALUES (?, ?, ?, ?, ?)"),
            pk::bind(module.id.toString()), pk::bind(id), pk::bind(module.title), pk::bind(module.order),
            pk::bind(module.durationMinutes), pk::now;
    }
    SyncFeedRepository(m_database).touch(session, "course", id, 1, false, SyncFeedRepository::serverHlc(0));
    transaction.commit();
    return findCourse(id);
}

std::vector<CourseModule> TrainingRepository::modulesOf(Poco::Data::Session& session, const std::string& courseId)
{
    Poco::Data::Statement statement(session);
    statement << sql("SELECT id, title, position, duration_minutes FROM course_modules WHERE course_id = ? "
                     "ORDER BY position"),
        pk::bind(courseId);
    const ResultRows rows(statement);
    std::vector<CourseModule> modules;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        CourseModule module;
        module.id = Uuid::parse(rows.text(row, 0)).value();
        module.title = rows.text(row, 1);
        module.order = static_cast<int>(rows.integer(row, 2));
        module.durationMinutes = static_cast<int>(rows.integer(row, 3));
        modules.push_back(std::move(module));
    }
    return modules;
}

Result<Course> TrainingRepository::findCourse(std::string_view id)
{
    auto session = m_database.session();
    auto courses = readCourses(session, std::string(id));
    if (courses.empty()) {
        return Error {ErrorCode::NotFound, "id", "no course with this id"};
    }
    return std::move(courses.front());
}

std::vector<Course> TrainingRepository::listCourses()
{
    auto session = m_database.session();
    return readCourses(session, std::nullopt);
}

std::vector<Course> TrainingRepository::readCourses(Poco::Data::Session& session, const std::optional<std::string>& id)
{
    Poco::Data::Statement statement(session);
    statement << sql(std::string("SELECT id, title, description, learning_path, certification_program, "
                                 "validity_months FROM courses")
                     + (id ? " WHERE id = ?" : "") + " ORDER BY title, id");
    if (id) {
        statement, pk::bind(*id);
    }
    const ResultRows rows(statement);
    std::vector<Course> courses;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        Course course;
        course.id = Uuid::parse(rows.text(row, 0)).value();
        course.title = rows.text(row, 1);
        course.description = rows.text(row, 2);
        course.learningPath = learningPathFromString(rows.text(row, 3)).value();
        if (const auto program = rows.optionalText(row, 4)) {
            course.certificationProgram = certificationProgramFromString(*program).value();
        }
        course.validityMonths = static_cast<int>(rows.integer(row, 5));
        course.modules = modulesOf(session, rows.text(row, 0));
        courses.push_back(std::move(course));
    }
    return courses;
}

Result<Enrollment> TrainingRepository::enroll(const Enrollment& enrollment)
{
    if (auto valid = validate(enrollment); !valid) {
        return valid.error();
    }
    auto session = m_database.session();
    WriteTransaction transaction(session, m_database.backend());
    std::int64_t courses = 0;
    session << sql("SELECT COUNT(*) FROM courses WHERE id = ?"), pk::into(courses),
        pk::bind(enrollment.courseId.toString()), pk::now;
    if (courses == 0) {
        return Error {ErrorCode::NotFound, "course_id", "no course with this id"};
    }
    // ON CONFLICT DO NOTHING (both dialects) keeps a concurrent second enroll from failing.
    std::vector<std::string> moduleIds;
    for (const auto& id : enrollment.completedModuleIds) {
        moduleIds.push_back(id.toString());
    }
    Poco::Nullable<std::int64_t> completedAt;
    if (enrollment.completedAt) {
        completedAt = *enrollment.completedAt;
    }
    session << sql("INSERT INTO enrollments (id, course_id, user_id, status, completed_module_ids, enrolled_at, "
                   "completed_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, course_id) DO NOTHING"),
        pk::bind(enrollment.id.toString()), pk::bind(enrollment.courseId.toString()),
        pk::bind(enrollment.userId.toString()), pk::bind(std::string(toString(enrollment.status))),
        pk::bind(sqltext::toJsonList(moduleIds)), pk::bind(enrollment.enrolledAt), pk::bind(completedAt), pk::now;
    Poco::Data::Statement statement(session);
    statement << sql(std::string(selectEnrollment) + " WHERE user_id = ? AND course_id = ?"),
        pk::bind(enrollment.userId.toString()), pk::bind(enrollment.courseId.toString());
    const ResultRows rows(statement);
    transaction.commit();
    return enrollmentFromRow(rows, 0);
}

std::vector<Enrollment> TrainingRepository::enrollmentsOf(const Uuid& userId)
{
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    statement << sql(std::string(selectEnrollment) + " WHERE user_id = ? ORDER BY enrolled_at, id"),
        pk::bind(userId.toString());
    const ResultRows rows(statement);
    std::vector<Enrollment> enrollments;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        enrollments.push_back(enrollmentFromRow(rows, row));
    }
    return enrollments;
}

Result<Certificate> TrainingRepository::issueCertificate(const Certificate& certificate)
{
    if (auto valid = validate(certificate); !valid) {
        return valid.error();
    }
    auto session = m_database.session();
    WriteTransaction transaction(session, m_database.backend());
    std::int64_t courses = 0;
    std::int64_t taken = 0;
    session << sql("SELECT COUNT(*) FROM courses WHERE id = ?"), pk::into(courses),
        pk::bind(certificate.courseId.toString()), pk::now;
    session << sql("SELECT COUNT(*) FROM certificates WHERE id = ? OR serial = ?"), pk::into(taken),
        pk::bind(certificate.id.toString()), pk::bind(certificate.serial), pk::now;
    if (courses == 0) {
        return Error {ErrorCode::NotFound, "course_id", "no course with this id"};
    }
    if (taken != 0) {
        return Error {ErrorCode::Conflict, "serial", "a certificate with this id or serial exists"};
    }
    session << sql("INSERT INTO certificates (id, user_id, course_id, program, issued_at, expires_at, serial) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        pk::bind(certificate.id.toString()), pk::bind(certificate.userId.toString()),
        pk::bind(certificate.courseId.toString()), pk::bind(optionalName(certificate.program)),
        pk::bind(certificate.issuedAt), pk::bind(certificate.expiresAt), pk::bind(certificate.serial), pk::now;
    transaction.commit();
    return certificate;
}

std::vector<Certificate> TrainingRepository::certificatesOf(const Uuid& userId)
{
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    statement << sql("SELECT id, user_id, course_id, program, issued_at, expires_at, serial FROM certificates "
                     "WHERE user_id = ? ORDER BY issued_at DESC, id"),
        pk::bind(userId.toString());
    const ResultRows rows(statement);
    std::vector<Certificate> certificates;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        Certificate certificate;
        certificate.id = Uuid::parse(rows.text(row, 0)).value();
        certificate.userId = Uuid::parse(rows.text(row, 1)).value();
        certificate.courseId = Uuid::parse(rows.text(row, 2)).value();
        if (const auto program = rows.optionalText(row, 3)) {
            certificate.program = certificationProgramFromString(*program).value();
        }
        certificate.issuedAt = rows.integer(row, 4);
        certificate.expiresAt = rows.integer(row, 5);
        certificate.serial = rows.text(row, 6);
        certificates.push_back(std::move(certificate));
    }
    return certificates;
}

} // namespace hss::server
