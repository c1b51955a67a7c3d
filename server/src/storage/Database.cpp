// SPDX-License-Identifier: MIT
#include "Database.h"

#include <algorithm>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

#include <Poco/Data/DataException.h>
#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/URI.h>

#include "../config/ConfigError.h"
#include "FairPoller.h"
#include "Migrator.h"
#include "StatementCache.h"
#include "TicketReadCache.h"
#include "WalCheckpointer.h"
#include <sqlite3.h>

using namespace Poco::Data::Keywords;

namespace hss::server {

namespace {

// Connections stay open (up to DB_POOL_MAX) so the statements prepared on them stay prepared.
constexpr int poolIdleSeconds = 24 * 60 * 60;
// Often enough that the WAL stays small (a second of writes), rarely enough to cost nothing when idle.
constexpr std::chrono::seconds walCheckpointInterval {1};
// Writers queue on SQLite's single write lock; wait this long before giving up with "database is locked".
constexpr const char* busyTimeout = "PRAGMA busy_timeout=10000";

void applySqliteSettings(Poco::Data::Session& session)
{
    session << "PRAGMA synchronous=FULL", now;
    session << "PRAGMA foreign_keys=ON", now;
    session << busyTimeout, now;
    // No memory mapping: SQLite unmaps the whole file whenever another connection has committed, and with commits
    // every few milliseconds the unmapping (TLB shootdowns, the address-space lock) cost ticket reads more than
    // reading the pages back with read() does (docs/PERFORMANCE.md, "Posted records linger").
    session << "PRAGMA mmap_size=0", now;
    // WalCheckpointer copies the log into the file from its own thread, not inside a writer's commit.
    session << "PRAGMA wal_autocheckpoint=0", now;
}

/// Prepares each connection the pool opens once: SQLite's per-connection settings (instead of on every request),
/// and the native handle the statement cache needs.
class ConfiguredSessionPool final : public Poco::Data::SessionPool
{
public:
    ConfiguredSessionPool(Database::Backend backend, const StatementCache& statements, const std::string& connector,
                          const std::string& connection, int poolMin, int poolMax)
        : Poco::Data::SessionPool(connector, connection, poolMin, poolMax, poolIdleSeconds)
        , m_backend(backend)
        , m_statements(statements)
    { }

protected:
    void customizeSession(Poco::Data::Session& session) override
    {
        if (m_backend == Database::Backend::SQLite) {
            applySqliteSettings(session);
        }
        m_statements.adopt(session);
    }

private:
    Database::Backend m_backend;
    const StatementCache& m_statements;
};

void registerConnectors()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // SQLite counts every allocation under one global mutex unless told not to; the server's request threads
        // queued on it in every ticket read. Refused (harmlessly) if SQLite was initialised before.
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        Poco::Data::SQLite::Connector::registerConnector();
        Poco::Data::PostgreSQL::Connector::registerConnector();
    });
}

// Poco's PostgreSQL connector wants libpq's key=value form split at spaces, not a URI.
std::string postgresConnectionString(const std::string& url)
{
    const Poco::URI uri(url);
    std::string userInfo;
    Poco::URI::decode(uri.getUserInfo(), userInfo);
    std::string user = userInfo;
    std::string password;
    if (const auto colon = userInfo.find(':'); colon != std::string::npos) {
        user = userInfo.substr(0, colon);
        password = userInfo.substr(colon + 1);
    }
    std::string database;
    Poco::URI::decode(uri.getPath().empty() ? std::string() : uri.getPath().substr(1), database);
    std::vector<std::pair<std::string, std::string>> options {
        {"host", uri.getHost()}, {"dbname", database}, {"user", user}, {"password", password}};
    if (uri.getPort() != 0) {
        options.emplace_back("port", std::to_string(uri.getPort()));
    }
    for (const auto& [key, value] : uri.getQueryParameters()) {
        options.emplace_back(key, value);
    }
    std::string connection;
    for (const auto& [key, value] : options) {
        if (value.empty()) {
            continue;
        }
        if (value.find_first_of(" '\\\t\n") != std::string::npos || key.find_first_of(" =") != std::string::npos) {
            throw ConfigError("database.url (DATABASE_URL): '" + key
                              + "' must not contain spaces, quotes or backslashes (Poco's connector cannot pass them)");
        }
        connection += (connection.empty() ? "" : " ") + key + "=" + value;
    }
    return connection;
}

std::string withoutPassword(const std::string& url)
{
    Poco::URI uri(url);
    const std::string userInfo = uri.getUserInfo();
    if (const auto colon = userInfo.find(':'); colon != std::string::npos) {
        uri.setUserInfo(userInfo.substr(0, colon) + ":***");
    }
    return uri.toString();
}

} // namespace

Database::Database(const std::string& url, const std::string& dataDir, int poolMin, int poolMax)
    : m_sessionTurns(std::make_unique<FairPoller>())
{
    registerConnectors();
    std::string connector;
    std::string connection;
    if (url.empty() || url.starts_with("sqlite:")) {
        m_backend = Backend::SQLite;
        connector = Poco::Data::SQLite::Connector::KEY;
        std::filesystem::path file = url.empty() ? std::filesystem::path(dataDir) / "hss.db"
                                                 : std::filesystem::path(url.substr(std::string("sqlite:").size()));
        if (file.has_parent_path()) {
            std::filesystem::create_directories(file.parent_path());
        }
        connection = file.string();
        m_location = "sqlite:" + std::filesystem::absolute(file).string();
    } else if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
        m_backend = Backend::PostgreSQL;
        connector = Poco::Data::PostgreSQL::Connector::KEY;
        connection = postgresConnectionString(url);
        m_location = withoutPassword(url);
    } else {
        throw ConfigError("database.url (DATABASE_URL) must start with postgresql:// or sqlite:, not '" + url + "'");
    }

    m_connector = connector;
    m_connection = connection;
    m_statements = std::make_unique<StatementCache>(m_backend);
    m_ticketReads = std::make_unique<TicketReadCache>(*this);
    m_pool = std::make_unique<ConfiguredSessionPool>(m_backend, *m_statements, connector, connection, poolMin, poolMax);
    Poco::Data::Session first = m_pool->get();
    if (m_backend == Backend::SQLite) {
        std::string mode;
        first << "PRAGMA journal_mode=WAL", into(mode), now; // stored in the file: once is enough
    }
    Migrator(first, m_backend).migrate();
    if (m_backend == Backend::SQLite) {
        m_checkpointer = std::make_unique<WalCheckpointer>(openSession(), walCheckpointInterval);
        m_checkpointer->start();
    }
}

Database::~Database()
{
    m_checkpointer.reset(); // stops its thread before the connections close
    if (m_statements) {
        m_statements->clear(); // before the connections close
    }
    if (m_pool) {
        m_pool->shutdown();
    }
}

Poco::Data::Session Database::session()
{
    // Poco's pool throws at once when every session is out; under load a request waits its turn instead, in the
    // order the requests came.
    std::optional<Poco::Data::Session> pooled;
    const auto tryPool = [this, &pooled] {
        try {
            pooled.emplace(m_pool->get());
            return true;
        } catch (const Poco::Data::SessionPoolExhaustedException&) {
            return false;
        }
    };
    if (m_sessionTurns->idle() && tryPool()) {
        return std::move(*pooled);
    }
    if (!m_sessionTurns->poll(tryPool, std::chrono::steady_clock::now() + m_sessionWait)) {
        throw Poco::Data::SessionPoolExhaustedException("every database session is in use");
    }
    return std::move(*pooled);
}

std::size_t Database::sessionWaiters() const
{
    return m_sessionTurns->waiting();
}

Poco::Data::Session Database::openSession()
{
    Poco::Data::Session session(m_connector, m_connection);
    if (m_backend == Backend::SQLite) {
        applySqliteSettings(session);
    }
    m_statements->adopt(session);
    return session;
}

int Database::schemaVersion()
{
    auto db = session();
    return Migrator(db, m_backend).currentVersion();
}

std::string Database::ping()
{
    try {
        auto db = session();
        int one = 0;
        db << "SELECT 1", into(one), now;
        return one == 1 ? std::string() : std::string("unexpected answer to SELECT 1");
    } catch (const Poco::Exception& error) {
        return error.displayText();
    } catch (const std::exception& error) {
        return error.what();
    }
}

} // namespace hss::server
