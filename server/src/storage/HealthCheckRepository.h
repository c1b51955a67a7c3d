// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <Poco/Data/Session.h>

namespace hss::server {

class Database;

/// The three states of a monitored service. Degraded: it answers, but slowly or with errors.
enum class HealthState {
    Healthy,
    Degraded,
    Down,
};

/// "healthy", "degraded" or "down".
std::string_view toString(HealthState state);
/// The state named \a text; the old "up" is healthy. std::nullopt for anything else.
std::optional<HealthState> parseHealthState(std::string_view text);

/// One result of a health check.
struct HealthCheckRecord
{
    std::string service;
    HealthState state = HealthState::Down;
    std::int64_t checkedAt = 0;
    std::optional<double> latencyMs;
    std::optional<std::string> message;

    /// The old two-state view: degraded services are still up.
    bool up() const { return state != HealthState::Down; }
};

/// How one service's checks went since some instant.
struct HealthCheckCounts
{
    std::int64_t healthy = 0;
    std::int64_t degraded = 0;
    std::int64_t down = 0;

    std::int64_t total() const { return healthy + degraded + down; }
};

/// Per service: the counts of the last 24 hours and of the last 7 days.
struct HealthCheckStats
{
    HealthCheckCounts day;
    HealthCheckCounts week;
};

/// The history of health checks (table health_checks). Thread-safe; cheap to construct.
class HealthCheckRepository final
{
public:
    explicit HealthCheckRepository(Database& database);

    /// Stores \a check on \a session (the monitor's transaction).
    void record(Poco::Data::Session& session, const HealthCheckRecord& check);
    /// At most limit checks, of one service or of all, newest first.
    std::vector<HealthCheckRecord> history(const std::optional<std::string>& service, int limit);
    /// The newest check of each service checked since \a sinceMs, keyed by service.
    std::map<std::string, HealthCheckRecord> latest(std::int64_t sinceMs);
    /// Counts per service over the 24 hours and the 7 days before \a nowMs, in one pass.
    std::map<std::string, HealthCheckStats> stats(std::int64_t nowMs);

private:
    Database& m_database;
};

} // namespace hss::server
