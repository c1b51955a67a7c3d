// SPDX-License-Identifier: MIT
#pragma once

#include <span>
#include <string_view>
#include <vector>

namespace hss::server {

/// One numbered schema step: the statements that bring a database from version - 1 to version, in each
/// backend's dialect. Both lists run inside the migration's single transaction, one statement at a time.
struct MigrationStep
{
    int version = 0;
    std::vector<std::string_view> sqlite;
    std::vector<std::string_view> postgresql;
};

/// Every step in order, starting at version 1. Released steps are never edited; new ones go at the end.
std::span<const MigrationStep> migrationSteps();

} // namespace hss::server
