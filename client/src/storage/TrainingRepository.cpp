// SPDX-License-Identifier: MIT
#include "TrainingRepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

#include "ValueConversions.h"
#include "hss/CertificationProgram.h"
#include "hss/EnrollmentStatus.h"
#include "hss/LearningPath.h"

namespace hss::client {

namespace {

std::optional<StoreError> execute(QSqlQuery& query)
{
    if (!query.exec()) {
        return StoreError {StoreError::Code::QueryFailed, query.lastError().text()};
    }
    return std::nullopt;
}

QString jsonText(const nlohmann::json& json)
{
    return toQString(json.dump());
}

} // namespace

TrainingRepository::TrainingRepository(QSqlDatabase db)
    : m_db(db)
    , m_statements(std::move(db))
{ }

std::optional<StoreError> TrainingRepository::upsertCourse(const Course& course)
{
    const QVariantList values {toQString(course.title),
                               toQString(course.description),
                               toQString(toString(course.learningPath)),
                               course.certificationProgram ? QVariant(toQString(toString(*course.certificationProgram)))
                                                           : QVariant(QMetaType(QMetaType::QString)),
                               course.validityMonths,
                               jsonText(toJson(course)),
                               toQString(course.id.toString())};
    // Update in place: INSERT OR REPLACE would delete the course first and cascade to its enrolments.
    QSqlQuery* updated = nullptr;
    if (auto error = m_statements.run(
            QStringLiteral("UPDATE courses SET title = ?, description = ?, learning_path = ?,"
                           " certification_program = ?, validity_months = ?, payload = ? WHERE id = ?"),
            values, &updated)) {
        return error;
    }
    if (updated->numRowsAffected() > 0) {
        return std::nullopt;
    }
    return m_statements.run(QStringLiteral("INSERT INTO courses (title, description, learning_path,"
                                           " certification_program, validity_months, payload, id)"
                                           " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                            values);
}

std::vector<Course> TrainingRepository::courses() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    std::vector<Course> result;
    if (!query.exec(QStringLiteral("SELECT payload FROM courses ORDER BY learning_path, title"))) {
        return result;
    }
    while (query.next()) {
        auto course = courseFromJson(nlohmann::json::parse(toStdString(query.value(0)), nullptr, false));
        if (course) {
            result.push_back(std::move(course).value());
        }
    }
    return result;
}

std::optional<StoreError> TrainingRepository::upsertEnrollment(const Enrollment& e)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO enrollments (id, course_id, user_id, status, payload,"
                                 " enrolled_at, completed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(toQString(e.id.toString()));
    query.addBindValue(toQString(e.courseId.toString()));
    query.addBindValue(toQString(e.userId.toString()));
    query.addBindValue(toQString(toString(e.status)));
    query.addBindValue(jsonText(toJson(e)));
    query.addBindValue(static_cast<qint64>(e.enrolledAt));
    query.addBindValue(toVariant(e.completedAt));
    return execute(query);
}

std::vector<Enrollment> TrainingRepository::enrollmentsOf(const Uuid& userId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT payload FROM enrollments WHERE user_id = ? ORDER BY enrolled_at"));
    query.addBindValue(toQString(userId.toString()));
    std::vector<Enrollment> result;
    if (!query.exec()) {
        return result;
    }
    while (query.next()) {
        auto enrollment = enrollmentFromJson(nlohmann::json::parse(toStdString(query.value(0)), nullptr, false));
        if (enrollment) {
            result.push_back(std::move(enrollment).value());
        }
    }
    return result;
}

std::optional<StoreError> TrainingRepository::upsertCertificate(const Certificate& c)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO certificates (id, user_id, course_id, program, issued_at,"
                                 " expires_at, serial) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(toQString(c.id.toString()));
    query.addBindValue(toQString(c.userId.toString()));
    query.addBindValue(toQString(c.courseId.toString()));
    query.addBindValue(c.program ? QVariant(toQString(toString(*c.program))) : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(static_cast<qint64>(c.issuedAt));
    query.addBindValue(static_cast<qint64>(c.expiresAt));
    query.addBindValue(toQString(c.serial));
    return execute(query);
}

std::vector<Certificate> TrainingRepository::certificatesOf(const Uuid& userId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, user_id, course_id, program, issued_at, expires_at, serial"
                                 " FROM certificates WHERE user_id = ? ORDER BY expires_at"));
    query.addBindValue(toQString(userId.toString()));
    std::vector<Certificate> result;
    if (!query.exec()) {
        return result;
    }
    while (query.next()) {
        Certificate c;
        c.id = uuidFrom(query.value(0));
        c.userId = uuidFrom(query.value(1));
        c.courseId = uuidFrom(query.value(2));
        if (!query.value(3).isNull()) {
            auto program = certificationProgramFromString(toStdString(query.value(3)));
            if (program) {
                c.program = program.value();
            }
        }
        c.issuedAt = query.value(4).toLongLong();
        c.expiresAt = query.value(5).toLongLong();
        c.serial = toStdString(query.value(6));
        result.push_back(std::move(c));
    }
    return result;
}

std::optional<StoreError> TrainingRepository::removeCourse(const Uuid& id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM courses WHERE id = ?"));
    query.addBindValue(toQString(id.toString()));
    return execute(query);
}

std::optional<Enrollment> TrainingRepository::findEnrollment(const Uuid& id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT payload FROM enrollments WHERE id = ?"));
    query.addBindValue(toQString(id.toString()));
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    auto enrollment = enrollmentFromJson(nlohmann::json::parse(toStdString(query.value(0)), nullptr, false));
    if (!enrollment) {
        return std::nullopt;
    }
    return std::move(enrollment).value();
}

std::optional<StoreError> TrainingRepository::removeEnrollment(const Uuid& id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM enrollments WHERE id = ?"));
    query.addBindValue(toQString(id.toString()));
    return execute(query);
}

} // namespace hss::client
