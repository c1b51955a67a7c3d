// SPDX-License-Identifier: MIT
#include "StatementCache.h"

#include <QSqlError>

namespace hss::client {

StatementCache::StatementCache(QSqlDatabase db)
    : m_db(std::move(db))
{ }

StatementCache::StatementCache(const StatementCache& other)
    : m_db(other.m_db)
{ }

StatementCache& StatementCache::operator=(const StatementCache& other)
{
    if (this != &other) {
        m_statements.clear();
        m_db = other.m_db;
    }
    return *this;
}

StatementCache::~StatementCache() = default;

std::optional<StoreError> StatementCache::run(const QString& sql, const QVariantList& values, QSqlQuery** result)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            return StoreError {StoreError::Code::QueryFailed, query.lastError().text()};
        }
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    QSqlQuery& query = it->second;
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(static_cast<int>(i), values.at(i));
    }
    if (!query.exec()) {
        return StoreError {StoreError::Code::QueryFailed, query.lastError().text()};
    }
    if (result) {
        *result = &query;
    }
    return std::nullopt;
}

} // namespace hss::client
