// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <functional>
#include <optional>
#include <vector>

#include "StoreError.h"

namespace hss::client {

/// One numbered schema step. Released steps are never edited; new ones are appended.
struct MigrationStep
{
    int version;
    std::function<bool(QSqlDatabase&, QString* error)> apply;
};

/// Brings the store to the newest schema version (kept in PRAGMA user_version): ordered steps in one
/// transaction that commits after writing the new version and rolls back on any failure.
class SchemaMigrator final
{
public:
    explicit SchemaMigrator(std::vector<MigrationStep> steps);

    /// The console's own steps.
    static SchemaMigrator standard();

    int latestVersion() const;
    static int currentVersion(QSqlDatabase& db);

    /// Upgrades db to target (default: the latest). Nothing changes on failure.
    std::optional<StoreError> migrate(QSqlDatabase& db, std::optional<int> target = std::nullopt) const;

private:
    std::vector<MigrationStep> m_steps;
};

} // namespace hss::client
