// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hss::server {

class Database;

/// One result of a periodic health check.
struct HealthCheckRecord
{
    std::string service;
    bool up = false;
    std::int64_t checkedAt = 0;
    std::optional<double> latencyMs;
    std::optional<std::string> message;
};

/// The history of health checks, newest first. Thread-safe.
class HealthCheckRepository final
{
public:
    explicit HealthCheckRepository(Database& database);

    void record(const HealthCheckRecord& check);
    /// At most limit checks, of one service or of all.
    std::vector<HealthCheckRecord> history(const std::optional<std::string>& service, int limit);

private:
    Database& m_database;
};

} // namespace hss::server
