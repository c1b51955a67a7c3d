// SPDX-License-Identifier: MIT
#include "Database.h"

#include <filesystem>
#include <mutex>

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/URI.h>

#include "../config/ConfigError.h"
#include "Migrator.h"

using namespace Poco::Data::Keywords;

namespace hss::server {

namespace {

constexpr int poolIdleSeconds = 60;

void registerConnectors()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poco::Data::SQLite::Connector::registerConnector();
        Poco::Data::PostgreSQL::Connector::registerConnector();
    });
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
        connection = url; // libpq accepts the URI form as its connection string
        m_location = withoutPassword(url);
    } else {
        throw ConfigError("database.url (DATABASE_URL) must start with postgresql:// or sqlite:, not '" + url + "'");
    }

    m_pool = std::make_unique<Poco::Data::SessionPool>(connector, connection, poolMin, poolMax, poolIdleSeconds);
    Poco::Data::Session first = m_pool->get();
    if (m_backend == Backend::SQLite) {
        std::string mode;
        first << "PRAGMA journal_mode=WAL", into(mode), now;
        first << "PRAGMA synchronous=FULL", now;
        first << "PRAGMA foreign_keys=ON", now;
    }
    Migrator(first, m_backend).migrate();
}

Database::~Database()
{
    if (m_pool) {
        m_pool->shutdown();
    }
}

Poco::Data::Session Database::session()
{
    Poco::Data::Session session = m_pool->get();
    if (m_backend == Backend::SQLite) {
        // Per-connection settings; the pool may hand out a connection opened after start-up.
        session << "PRAGMA foreign_keys=ON", now;
    }
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
