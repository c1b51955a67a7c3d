// SPDX-License-Identifier: MIT
#include "Migrator.h"

#include <array>
#include <string_view>

#include <Poco/Exception.h>

using namespace Poco::Data::Keywords;

namespace hss::server {

namespace {

struct Step
{
    int version;
    std::string_view sqlite;
    std::string_view postgresql;
};

// Released steps are frozen: add new ones at the end.
constexpr std::array steps {
    Step {1, "CREATE TABLE server_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
          "CREATE TABLE server_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)"},
};

} // namespace

Migrator::Migrator(Poco::Data::Session& session, Database::Backend backend)
    : m_session(session)
    , m_backend(backend)
{ }

int Migrator::latestVersion()
{
    return steps.back().version;
}

int Migrator::currentVersion()
{
    m_session << "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", now;
    int count = 0;
    m_session << "SELECT COUNT(*) FROM schema_version", into(count), now;
    if (count == 0) {
        return 0;
    }
    int version = 0;
    m_session << "SELECT MAX(version) FROM schema_version", into(version), now;
    return version;
}

void Migrator::migrate()
{
    const int from = currentVersion();
    if (from > latestVersion()) {
        throw Poco::DataException("the database has schema version " + std::to_string(from)
                                  + ", newer than this server understands (" + std::to_string(latestVersion())
                                  + "); upgrade hss-server");
    }
    if (from == latestVersion()) {
        return;
    }
    m_session.begin();
    try {
        for (const auto& step : steps) {
            if (step.version <= from) {
                continue;
            }
            const std::string sql(m_backend == Database::Backend::SQLite ? step.sqlite : step.postgresql);
            m_session << sql, now;
        }
        int latest = latestVersion();
        m_session << "DELETE FROM schema_version", now;
        m_session << "INSERT INTO schema_version (version) VALUES (?)", use(latest), now;
        m_session.commit();
    } catch (...) {
        m_session.rollback();
        throw;
    }
}

} // namespace hss::server
