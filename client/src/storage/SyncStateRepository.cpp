// SPDX-License-Identifier: MIT
#include "SyncStateRepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hss::client {

SyncStateRepository::SyncStateRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<QString> SyncStateRepository::value(const QString& key) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return query.value(0).toString();
}

std::optional<StoreError> SyncStateRepository::setValue(const QString& key, const QString& value)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec()) {
        return StoreError {StoreError::Code::QueryFailed, query.lastError().text()};
    }
    return std::nullopt;
}

std::optional<StoreError> SyncStateRepository::remove(const QString& key)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM sync_state WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec()) {
        return StoreError {StoreError::Code::QueryFailed, query.lastError().text()};
    }
    return std::nullopt;
}

} // namespace hss::client
