// SPDX-License-Identifier: MIT
#pragma once

#include <Poco/Data/Session.h>

#include "Database.h"

namespace hss::server {

/// Brings a database to the newest schema version through numbered steps (see MigrationSteps), all in one
/// transaction that rolls back on any failure. Each released step is never edited afterwards; SQLite and
/// PostgreSQL have the same steps in their own dialects. Concurrent migrators (several servers starting on one
/// PostgreSQL) are serialised by an advisory lock; on SQLite by BEGIN IMMEDIATE.
class Migrator final
{
public:
    Migrator(Poco::Data::Session& session, Database::Backend backend);

    /// The version recorded in the database (0 for an empty one).
    int currentVersion();

    /// The version this build's migrations end at.
    static int latestVersion();

    /// Applies the missing steps. Throws (after rolling back) if a step fails or the database is newer
    /// than this build.
    void migrate();

    /// Applies the missing steps up to and including \a version (for tests that need an older schema).
    /// Throws Poco::InvalidArgumentException when \a version is not between 0 and latestVersion().
    void migrateTo(int version);

private:
    Poco::Data::Session& m_session;
    Database::Backend m_backend;
};

} // namespace hss::server
