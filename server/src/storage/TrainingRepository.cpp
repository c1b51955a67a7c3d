// SPDX-License-Identifier: MIT
#include "TrainingRepository.h"

#include <algorithm>

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
    auto stored = enroll(session, enrollment);
    if (stored) {
        transaction.commit();
    }
    return stored;
}

Result<Enrollment> TrainingRepository::enroll(Poco::Data::Session& session, const Enrollment& enrollment,
                                              const std::string& hlc)
{
    if (auto valid = validate(enrollment); !valid) {
        return valid.error();
    }
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
    auto stored = findEnrollmentOf(session, enrollment.userId, enrollment.courseId);
    if (stored && stored.value().id == enrollment.id) {
        SyncFeedRepository(m_database)
            .touch(session, "enrollment", enrollment.id.toString(), 1, false,
                   hlc.empty() ? SyncFeedRepository::serverHlc(enrollment.enrolledAt) : hlc);
    }
    return stored;
}

Result<Enrollment> TrainingRepository::saveProgress(Poco::Data::Session& session, const Enrollment& enrollment,
                                                    const std::string& hlc)
{
    if (auto valid = validate(enrollment); !valid) {
        return valid.error();
    }
    std::vector<std::string> moduleIds;
    for (const auto& id : enrollment.completedModuleIds) {
        moduleIds.push_back(id.toString());
    }
    Poco::Nullable<std::int64_t> completedAt;
    if (enrollment.completedAt) {
        completedAt = *enrollment.completedAt;
    }
    if (auto existing = findEnrollment(session, enrollment.id.toString()); !existing) {
        return existing.error();
    }
    session << sql("UPDATE enrollments SET status = ?, completed_module_ids = ?, completed_at = ? WHERE id = ?"),
        pk::bind(std::string(toString(enrollment.status))), pk::bind(sqltext::toJsonList(moduleIds)),
        pk::bind(completedAt), pk::bind(enrollment.id.toString()), pk::now;
    // No revision column: a console takes every pulled enrolment whole, so the feed's order is all it needs.
    SyncFeedRepository(m_database).touch(session, "enrollment", enrollment.id.toString(), 1, false, hlc);
    return findEnrollment(session, enrollment.id.toString());
}

void TrainingRepository::recordEnrollmentGone(Poco::Data::Session& session, std::string_view id, const std::string& hlc)
{
    SyncFeedRepository(m_database).touch(session, "enrollment", id, 2, true, hlc);
}

Result<Enrollment> TrainingRepository::findEnrollment(Poco::Data::Session& session, std::string_view id)
{
    Poco::Data::Statement statement(session);
    statement << sql(std::string(selectEnrollment) + " WHERE id = ?"), pk::bind(std::string(id));
    const ResultRows rows(statement);
    if (rows.size() == 0) {
        return Error {ErrorCode::NotFound, "id", "no enrollment with this id"};
    }
    return enrollmentFromRow(rows, 0);
}

Result<Enrollment> TrainingRepository::findEnrollmentOf(Poco::Data::Session& session, const Uuid& userId,
                                                        const Uuid& courseId)
{
    Poco::Data::Statement statement(session);
    statement << sql(std::string(selectEnrollment) + " WHERE user_id = ? AND course_id = ?"),
        pk::bind(userId.toString()), pk::bind(courseId.toString());
    const ResultRows rows(statement);
    if (rows.size() == 0) {
        return Error {ErrorCode::NotFound, "course_id", "not enrolled in this course"};
    }
    return enrollmentFromRow(rows, 0);
}

std::map<std::string, Enrollment> TrainingRepository::findEnrollments(Poco::Data::Session& session,
                                                                      const std::vector<std::string>& ids)
{
    // Chunks keep each statement's parameter list well below every backend's limit.
    constexpr std::size_t chunk = 200;
    std::map<std::string, Enrollment> found;
    for (std::size_t first = 0; first < ids.size(); first += chunk) {
        const std::size_t count = std::min(chunk, ids.size() - first);
        std::string placeholders;
        for (std::size_t i = 0; i < count; ++i) {
            placeholders += i == 0 ? "?" : ", ?";
        }
        Poco::Data::Statement statement(session);
        statement << sql(std::string(selectEnrollment) + " WHERE id IN (" + placeholders + ")");
        for (std::size_t i = first; i < first + count; ++i) {
            statement, pk::bind(ids[i]);
        }
        const ResultRows rows(statement);
        for (std::size_t row = 0; row < rows.size(); ++row) {
            Enrollment enrollment = enrollmentFromRow(rows, row);
            found.emplace(enrollment.id.toString(), std::move(enrollment));
        }
    }
    return found;
}

Result<Course> TrainingRepository::findCourse(Poco::Data::Session& session, std::string_view id)
{
    auto courses = readCourses(session, std::string(id));
    if (courses.empty()) {
        return Error {ErrorCode::NotFound, "id", "no course with this id"};
    }
    return std::move(courses.front());
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
    auto session = m_database.session();
    WriteTransaction transaction(session, m_database.backend());
    auto issued = issueCertificate(session, certificate);
    if (issued) {
        transaction.commit();
    }
    return issued;
}

Result<Certificate> TrainingRepository::issueCertificate(Poco::Data::Session& session, const Certificate& certificate)
{
    if (auto valid = validate(certificate); !valid) {
        return valid.error();
    }
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
    return certificate;
}

std::vector<Certificate> TrainingRepository::certificatesOf(const Uuid& userId)
{
    auto session = m_database.session();
    return certificatesOf(session, userId);
}

std::vector<Certificate> TrainingRepository::certificatesOf(Poco::Data::Session& session, const Uuid& userId)
{
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

std::map<std::string, Course> TrainingRepository::findCourses(Poco::Data::Session& session,
                                                              const std::vector<std::string>& ids)
{
    constexpr std::size_t chunk = 200; // well below every backend's parameter limit
    std::map<std::string, Course> found;
    for (std::size_t first = 0; first < ids.size(); first += chunk) {
        const std::size_t count = std::min(chunk, ids.size() - first);
        std::string placeholders;
        for (std::size_t i = 0; i < count; ++i) {
            placeholders += i == 0 ? "?" : ", ?";
        }
        Poco::Data::Statement courses(session);
        courses << sql("SELECT id, title, description, learning_path, certification_program, validity_months "
                       "FROM courses WHERE id IN ("
                       + placeholders + ")");
        Poco::Data::Statement modules(session);
        modules << sql("SELECT course_id, id, title, position, duration_minutes FROM course_modules "
                       "WHERE course_id IN ("
                       + placeholders + ") ORDER BY course_id, position");
        for (std::size_t i = first; i < first + count; ++i) {
            courses, pk::bind(ids[i]);
            modules, pk::bind(ids[i]);
        }
        const ResultRows courseRows(courses);
        for (std::size_t row = 0; row < courseRows.size(); ++row) {
            Course course;
            course.id = Uuid::parse(courseRows.text(row, 0)).value();
            course.title = courseRows.text(row, 1);
            course.description = courseRows.text(row, 2);
            course.learningPath = learningPathFromString(courseRows.text(row, 3)).value();
            if (const auto program = courseRows.optionalText(row, 4)) {
                course.certificationProgram = certificationProgramFromString(*program).value();
            }
            course.validityMonths = static_cast<int>(courseRows.integer(row, 5));
            found.emplace(courseRows.text(row, 0), std::move(course));
        }
        const ResultRows moduleRows(modules);
        for (std::size_t row = 0; row < moduleRows.size(); ++row) {
            const auto course = found.find(moduleRows.text(row, 0));
            if (course == found.end()) {
                continue;
            }
            CourseModule module;
            module.id = Uuid::parse(moduleRows.text(row, 1)).value();
            module.title = moduleRows.text(row, 2);
            module.order = static_cast<int>(moduleRows.integer(row, 3));
            module.durationMinutes = static_cast<int>(moduleRows.integer(row, 4));
            course->second.modules.push_back(std::move(module));
        }
    }
    return found;
}

} // namespace hss::server
