// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <optional>
#include <vector>

#include "StatementCache.h"
#include "StoreError.h"
#include "hss/Certificate.h"
#include "hss/Course.h"
#include "hss/Enrollment.h"

namespace hss::client {

/// Courses with their modules, enrolments and certificates. Keep one object for a batch of writes: it compiles
/// each statement once.
class TrainingRepository final
{
public:
    explicit TrainingRepository(QSqlDatabase db);

    std::optional<StoreError> upsertCourse(const Course& course);
    std::vector<Course> courses() const;
    /// Deletes the course with its enrolments.
    std::optional<StoreError> removeCourse(const Uuid& id);
    std::optional<StoreError> upsertEnrollment(const Enrollment& enrollment);
    std::vector<Enrollment> enrollmentsOf(const Uuid& userId) const;
    std::optional<Enrollment> findEnrollment(const Uuid& id) const;
    std::optional<StoreError> removeEnrollment(const Uuid& id);
    std::optional<StoreError> upsertCertificate(const Certificate& certificate);
    /// The user's certificates, soonest expiry first.
    std::vector<Certificate> certificatesOf(const Uuid& userId) const;

private:
    QSqlDatabase m_db;
    StatementCache m_statements;
};

} // namespace hss::client
