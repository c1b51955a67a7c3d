// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include <Poco/Data/Session.h>
#include <Poco/Data/SessionPool.h>

namespace hss::server {

class FairPoller;
class StatementCache;
class TicketReadCache;
class WalCheckpointer;

/// The server's database: embedded SQLite (WAL) by default, PostgreSQL when the URL says so.
/// Owns a connection pool; session() is safe to call from any request thread.
class Database final
{
public:
    enum class Backend {
        SQLite,
        PostgreSQL,
    };

    /// Opens the pool and brings the schema up to date. url empty → SQLite file "hss.db" in dataDir;
    /// "sqlite:PATH" → that file; "postgresql://..." → PostgreSQL. Throws ConfigError on a bad URL and
    /// Poco::Exception when the database cannot be opened or migrated.
    Database(const std::string& url, const std::string& dataDir, int poolMin, int poolMax);
    ~Database();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Backend backend() const { return m_backend; }

    /// Where the data lives, without any password (for logs and the health report).
    const std::string& location() const { return m_location; }

    /// A pooled session; returned to the pool when the last copy goes out of scope. When every session is in use
    /// it waits up to sessionWait() for one; after that it throws Poco::Data::SessionPoolExhaustedException, which
    /// the HTTP error handler answers with 503 and Retry-After.
    Poco::Data::Session session();

    /// A new connection outside the pool, with the same settings, for a long-lived owner such as the write queue.
    Poco::Data::Session openSession();

    /// Requests waiting for a pooled session now; they get one in the order they asked.
    std::size_t sessionWaiters() const;

    void setSessionWait(std::chrono::milliseconds wait) { m_sessionWait = wait; }
    std::chrono::milliseconds sessionWait() const { return m_sessionWait; }

    /// Statements prepared once per connection, for the queries every request runs.
    StatementCache& statements() { return *m_statements; }

    /// Recently read tickets, kept until this process writes them or the change feed shows another did.
    TicketReadCache& ticketReads() { return *m_ticketReads; }

    /// The applied schema version.
    int schemaVersion();

    /// Runs a trivial query; returns an empty string when the database answers, else the reason.
    std::string ping();

    /// SQLite: the thread that checkpoints the WAL (null on PostgreSQL).
    WalCheckpointer* walCheckpointer() const { return m_checkpointer.get(); }

private:
    Backend m_backend = Backend::SQLite;
    std::string m_location;
    std::string m_connector;
    std::string m_connection;
    std::unique_ptr<StatementCache> m_statements;
    std::unique_ptr<Poco::Data::SessionPool> m_pool;
    std::unique_ptr<FairPoller> m_sessionTurns;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    std::unique_ptr<TicketReadCache> m_ticketReads;
    std::chrono::milliseconds m_sessionWait {5000};
};

} // namespace hss::server
