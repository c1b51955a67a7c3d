// SPDX-License-Identifier: MIT
#include "AccessRevocationRepository.h"

#include <Poco/Data/Statement.h>

#include "ResultRows.h"
#include "SqlText.h"

namespace pk = Poco::Data::Keywords;

namespace hss::server {

AccessRevocationRepository::AccessRevocationRepository(Database& database)
    : m_database(database)
{ }

Status AccessRevocationRepository::revoke(std::string_view userId, std::int64_t at)
{
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    statement << sqltext::forBackend("UPDATE users SET access_revoked_at = CASE WHEN access_revoked_at > ? THEN "
                                     "access_revoked_at ELSE ? END WHERE id = ?",
                                     m_database.backend()),
        pk::bind(at), pk::bind(at), pk::bind(std::string(userId));
    if (statement.execute() != 1) {
        return Error {ErrorCode::NotFound, "id", "no user with id '" + std::string(userId) + "'"};
    }
    return okStatus();
}

std::vector<std::pair<std::string, std::int64_t>> AccessRevocationRepository::revokedSince(std::int64_t since)
{
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    statement << sqltext::forBackend("SELECT id, access_revoked_at FROM users WHERE access_revoked_at >= ?",
                                     m_database.backend()),
        pk::bind(since);
    statement.execute();
    const ResultRows rows(statement);
    std::vector<std::pair<std::string, std::int64_t>> revoked;
    revoked.reserve(rows.size());
    for (std::size_t row = 0; row < rows.size(); ++row) {
        revoked.emplace_back(rows.text(row, 0), rows.integer(row, 1));
    }
    return revoked;
}

bool AccessRevocationRepository::isActive(std::string_view userId)
{
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    statement << sqltext::forBackend("SELECT active FROM users WHERE id = ?", m_database.backend()),
        pk::bind(std::string(userId));
    statement.execute();
    const ResultRows rows(statement);
    return !rows.empty() && rows.integer(0, 0) != 0;
}

} // namespace hss::server
