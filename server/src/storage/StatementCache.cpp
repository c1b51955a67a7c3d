// SPDX-License-Identifier: MIT
#include "StatementCache.h"

#include <mutex>
#include <stdexcept>

#include <Poco/Any.h>
#include <Poco/Data/DataException.h>
#include <Poco/Data/PostgreSQL/SessionImpl.h>
#include <Poco/Data/SQLite/Utility.h>

#include "PostgresStatementSet.h"
#include "SqliteStatementSet.h"
#include <libpq-fe.h>

namespace hss::server {

namespace {

// The property under which a PostgreSQL session carries its Poco SessionHandle. The handle object lives as long
// as the session; the PGconn inside it is read on every use, so a reconnect is noticed.
constexpr const char* handleProperty = "handle";

PGconn* postgresConnection(Poco::Data::Session& session)
{
    auto* handle = Poco::AnyCast<Poco::Data::PostgreSQL::SessionHandle*>(session.getProperty(handleProperty));
    if (handle == nullptr) {
        throw Poco::Data::DataException("a PostgreSQL session without its connection handle");
    }
    return static_cast<PGconn*>(*handle);
}

} // namespace

StatementCache::StatementCache(Database::Backend backend)
    : m_backend(backend)
{ }

StatementCache::~StatementCache()
{
    clear();
}

void StatementCache::adopt(Poco::Data::Session& session) const
{
    if (m_backend != Database::Backend::PostgreSQL) {
        return;
    }
    auto* impl = dynamic_cast<Poco::Data::PostgreSQL::SessionImpl*>(session.impl());
    if (impl == nullptr) {
        throw Poco::Data::DataException("StatementCache::adopt needs a PostgreSQL session that is not pooled");
    }
    session.setProperty(handleProperty, &impl->handle());
}

void StatementCache::clear()
{
    const std::unique_lock lock(m_mutex);
    m_sets.clear();
}

std::size_t StatementCache::connectionCount()
{
    const std::shared_lock lock(m_mutex);
    return m_sets.size();
}

PreparedStatementSet& StatementCache::statementsOf(Poco::Data::Session& session)
{
    ConnectionKey key;
    if (m_backend == Database::Backend::SQLite) {
        key = {Poco::Data::SQLite::Utility::dbHandle(session), 0};
    } else {
        PGconn* connection = postgresConnection(session);
        if (PQstatus(connection) != CONNECTION_OK) {
            throw Poco::Data::DataException(std::string("the database connection is broken: ")
                                            + PQerrorMessage(connection));
        }
        key = {connection, PQbackendPID(connection)};
    }
    {
        const std::shared_lock lock(m_mutex);
        if (const auto found = m_sets.find(key); found != m_sets.end()) {
            return *found->second;
        }
    }
    std::unique_ptr<PreparedStatementSet> created;
    if (m_backend == Database::Backend::SQLite) {
        created = std::make_unique<SqliteStatementSet>(static_cast<sqlite3*>(key.first));
    } else {
        created = std::make_unique<PostgresStatementSet>(static_cast<PGconn*>(key.first));
    }
    const std::unique_lock lock(m_mutex);
    // A connection that reconnected under the same address leaves its old statements behind: drop them.
    if (m_backend == Database::Backend::PostgreSQL) {
        std::erase_if(m_sets, [&key](const auto& entry) {
            return entry.first.first == key.first && entry.first.second != key.second;
        });
    }
    return *m_sets.try_emplace(key, std::move(created)).first->second;
}

ResultRows StatementCache::query(Poco::Data::Session& session, std::string_view sql, std::span<const SqlValue> params)
{
    return statementsOf(session).query(sql, params);
}

std::int64_t StatementCache::execute(Poco::Data::Session& session, std::string_view sql,
                                     std::span<const SqlValue> params)
{
    return statementsOf(session).execute(sql, params);
}

std::int64_t StatementCache::copyIn(Poco::Data::Session& session, std::string_view copySql, std::string_view rows)
{
    if (m_backend != Database::Backend::PostgreSQL) {
        throw std::logic_error("COPY is PostgreSQL's");
    }
    return static_cast<PostgresStatementSet&>(statementsOf(session)).copyIn(copySql, rows);
}

} // namespace hss::server
