// SPDX-License-Identifier: MIT
#include "SchemaMigrator.h"

#include <QSqlError>
#include <QSqlQuery>

#include "Schema.h"

namespace hss::client {

SchemaMigrator::SchemaMigrator(std::vector<MigrationStep> steps)
    : m_steps(std::move(steps))
{ }

SchemaMigrator SchemaMigrator::standard()
{
    return SchemaMigrator(schemaSteps());
}

int SchemaMigrator::latestVersion() const
{
    return m_steps.empty() ? 0 : m_steps.back().version;
}

int SchemaMigrator::currentVersion(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

std::optional<StoreError> SchemaMigrator::migrate(QSqlDatabase& db, std::optional<int> target) const
{
    const int goal = target.value_or(latestVersion());
    const int from = currentVersion(db);
    if (from < 0) {
        return StoreError {StoreError::Code::QueryFailed, QStringLiteral("cannot read the schema version")};
    }
    if (from > latestVersion()) {
        return StoreError {StoreError::Code::NewerSchema,
                           QStringLiteral("the local store has schema version %1, newer than this console (%2); "
                                          "update the console or re-sync from the server")
                               .arg(from)
                               .arg(latestVersion())};
    }
    if (from >= goal) {
        return std::nullopt;
    }
    if (!db.transaction()) {
        return StoreError {StoreError::Code::MigrationFailed, db.lastError().text()};
    }
    for (const MigrationStep& step : m_steps) {
        if (step.version <= from || step.version > goal) {
            continue;
        }
        QString error;
        if (!step.apply(db, &error)) {
            db.rollback();
            return StoreError {
                StoreError::Code::MigrationFailed,
                QStringLiteral("upgrading the local store to version %1 failed: %2").arg(step.version).arg(error)};
        }
    }
    QSqlQuery query(db);
    // PRAGMA takes no bound parameters; goal is an int we computed.
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(goal)) || !db.commit()) {
        const QString error = query.lastError().text() + db.lastError().text();
        db.rollback();
        return StoreError {StoreError::Code::MigrationFailed, error};
    }
    return std::nullopt;
}

} // namespace hss::client
