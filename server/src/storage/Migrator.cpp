// SPDX-License-Identifier: MIT
#include "Migrator.h"

#include <string>

#include <Poco/Exception.h>

#include "MigrationSteps.h"
#include "SqlText.h"
#include "WriteTransaction.h"

using namespace Poco::Data::Keywords;

namespace hss::server {

namespace {

// Any constant works as long as nothing else in the database uses it; "hssmigr" in ASCII.
constexpr const char* postgresMigrationLock = "SELECT pg_advisory_xact_lock(126844566284146)";

} // namespace

Migrator::Migrator(Poco::Data::Session& session, Database::Backend backend)
    : m_session(session)
    , m_backend(backend)
{ }

int Migrator::latestVersion()
{
    return migrationSteps().back().version;
}

int Migrator::currentVersion()
{
    // Looked up rather than CREATE TABLE IF NOT EXISTS, which makes PostgreSQL print a notice on every start.
    int exists = 0;
    if (m_backend == Database::Backend::SQLite) {
        m_session << "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'",
            into(exists), now;
    } else {
        m_session << "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() "
                     "AND table_name = 'schema_version'",
            into(exists), now;
    }
    if (exists == 0) {
        m_session << "CREATE TABLE schema_version (version INTEGER NOT NULL)", now;
    }
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
    migrateTo(latestVersion());
}

void Migrator::migrateTo(int target)
{
    if (target < 0 || target > latestVersion()) {
        throw Poco::InvalidArgumentException("no schema version " + std::to_string(target));
    }
    WriteTransaction transaction(m_session, m_backend);
    if (m_backend == Database::Backend::PostgreSQL) {
        m_session << postgresMigrationLock, now;
    }
    const int from = currentVersion();
    if (from > latestVersion()) {
        throw Poco::DataException("the database has schema version " + std::to_string(from)
                                  + ", newer than this server understands (" + std::to_string(latestVersion())
                                  + "); upgrade hss-server");
    }
    if (from >= target) {
        transaction.commit();
        return;
    }
    for (const auto& step : migrationSteps()) {
        if (step.version <= from || step.version > target) {
            continue;
        }
        for (const auto statement : m_backend == Database::Backend::SQLite ? step.sqlite : step.postgresql) {
            m_session << std::string(statement), now;
        }
    }
    m_session << "DELETE FROM schema_version", now;
    m_session << sqltext::forBackend("INSERT INTO schema_version (version) VALUES (?)", m_backend), bind(target), now;
    transaction.commit();
}

} // namespace hss::server
