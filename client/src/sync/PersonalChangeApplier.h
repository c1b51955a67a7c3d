// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <optional>

#include "hss/sync/Change.h"
#include "storage/StoreError.h"

namespace hss::client {

/// Stores pulled feedback and enrolments (a person's own records) during PullApplier's page transaction. An
/// enrolment with a local change still waiting in the outbox keeps the local copy, which the waiting mutation
/// carries whole to the server. A pulled enrolment replaces any other local copy of the same learner and course
/// that has nothing waiting (one made offline and merged on the server).
class PersonalChangeApplier final
{
public:
    explicit PersonalChangeApplier(const QSqlDatabase& db);

    /// Writes one feedback or enrolment change. Sets \a skipped to the reason when the row cannot be used (it is
    /// then left out, never fatal); a StoreError aborts the page.
    std::optional<StoreError> write(const sync::Change& change, QString& skipped);

private:
    std::optional<StoreError> writeEnrollment(const sync::Change& change, QString& skipped);
    std::optional<StoreError> writeFeedback(const sync::Change& change, QString& skipped);

    QSqlDatabase m_db;
    QSet<QString> m_enrollmentsWithPending;
};

} // namespace hss::client
