// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <map>
#include <optional>

#include "StoreError.h"

namespace hss::client {

/// The prepared statements of one repository object, each compiled on first use and kept while the object lives,
/// so a repository kept for a whole page or transaction compiles each of its statements once instead of per row.
/// A copy starts with no statements of its own (statements are never shared between objects).
class StatementCache final
{
public:
    explicit StatementCache(QSqlDatabase db);
    StatementCache(const StatementCache& other);
    StatementCache& operator=(const StatementCache& other);
    StatementCache(StatementCache&&) noexcept = default;
    StatementCache& operator=(StatementCache&&) noexcept = default;
    ~StatementCache();

    /// Binds values in order and runs the statement (forward-only); on success the query holds its result until
    /// the next run of the same SQL. A statement that cannot be prepared is not kept.
    std::optional<StoreError> run(const QString& sql, const QVariantList& values, QSqlQuery** result = nullptr);

    const QSqlDatabase& database() const { return m_db; }

private:
    QSqlDatabase m_db;
    std::map<QString, QSqlQuery> m_statements;
};

} // namespace hss::client
