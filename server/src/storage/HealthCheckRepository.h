// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <limits>
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

/// Where a page of the history stopped: the last check returned (checks are ordered by time, then by id).
struct HealthHistoryCursor
{
    std::int64_t checkedAt = 0;
    std::int64_t id = 0;
};

/// Which checks a history page holds: of one service or of all, with checked_at in [fromMs, toMs), older than
/// \a before when set, at most \a limit (1..500) of them.
struct HealthHistoryQuery
{
    std::optional<std::string> service;
    std::int64_t fromMs = std::numeric_limits<std::int64_t>::min();
    std::int64_t toMs = std::numeric_limits<std::int64_t>::max();
    std::optional<HealthHistoryCursor> before;
    int limit = 100;
};

/// One page of the history, newest first; next is set when older checks match the query.
struct HealthHistoryPage
{
    std::vector<HealthCheckRecord> checks;
    std::optional<HealthHistoryCursor> next;
};

/// One service's checks in one bucket of the history: [startMs, startMs + width).
struct HealthCheckBucket
{
    std::string service;
    std::int64_t startMs = 0;
    HealthCheckCounts counts;
    std::int64_t timed = 0; ///< checks that measured a latency
    std::optional<double> latencyAvgMs;
    std::optional<double> latencyMaxMs;
    std::int64_t changes = 0; ///< checks whose state differs from the service's previous check (even an older one)
    std::int64_t firstCheckedAt = 0; ///< the bucket's oldest check
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
    /// The page of checks \a query asks for, newest first.
    HealthHistoryPage page(const HealthHistoryQuery& query);
    /// Per service, the checks with checked_at in [fromMs, toMs) summed in buckets of \a widthMs aligned on the
    /// epoch (start = checked_at - checked_at % widthMs), ordered by service then start. Empty buckets are left out.
    std::vector<HealthCheckBucket> buckets(const std::optional<std::string>& service, std::int64_t fromMs,
                                           std::int64_t toMs, std::int64_t widthMs);
    /// The newest check of each service checked since \a sinceMs, keyed by service.
    std::map<std::string, HealthCheckRecord> latest(std::int64_t sinceMs);
    /// Counts per service over the 24 hours and the 7 days before \a nowMs, in one pass.
    std::map<std::string, HealthCheckStats> stats(std::int64_t nowMs);

private:
    Database& m_database;
};

} // namespace hss::server
