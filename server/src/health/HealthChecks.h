// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "../storage/HealthCheckRepository.h"

namespace hss::server {

class Database;

/// Checks what the server depends on, now: the database (a query) and the disk holding the data folder (free
/// space). One record per service; never throws.
std::vector<HealthCheckRecord> runHealthChecks(Database& database, const std::string& dataDir, std::int64_t nowMs);

/// The services runHealthChecks() reports, plus "api".
const std::vector<std::string>& healthServiceNames();

} // namespace hss::server
