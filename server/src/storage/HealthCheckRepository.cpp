// SPDX-License-Identifier: MIT
#include "HealthCheckRepository.h"

#include <algorithm>

#include <Poco/Data/Statement.h>
#include <Poco/Nullable.h>

#include "Database.h"
#include "ResultRows.h"
#include "SqlText.h"

namespace pk = Poco::Data::Keywords;

namespace hss::server {

namespace {

constexpr int maxLimit = 500;
constexpr std::int64_t dayMs = 24LL * 3600 * 1000;

std::vector<HealthCheckRecord> readChecks(const ResultRows& rows)
{
    std::vector<HealthCheckRecord> checks;
    checks.reserve(rows.size());
    for (std::size_t row = 0; row < rows.size(); ++row) {
        checks.push_back({rows.text(row, 0), parseHealthState(rows.text(row, 1)).value_or(HealthState::Down),
                          rows.integer(row, 2), rows.optionalReal(row, 3), rows.optionalText(row, 4)});
    }
    return checks;
}

} // namespace

std::string_view toString(HealthState state)
{
    switch (state) {
    case HealthState::Healthy:
        return "healthy";
    case HealthState::Degraded:
        return "degraded";
    case HealthState::Down:
        return "down";
    }
    return "down";
}

std::optional<HealthState> parseHealthState(std::string_view text)
{
    if (text == "healthy" || text == "up") {
        return HealthState::Healthy;
    }
    if (text == "degraded") {
        return HealthState::Degraded;
    }
    if (text == "down") {
        return HealthState::Down;
    }
    return std::nullopt;
}

HealthCheckRepository::HealthCheckRepository(Database& database)
    : m_database(database)
{ }

void HealthCheckRepository::record(Poco::Data::Session& session, const HealthCheckRecord& check)
{
    Poco::Nullable<double> latency;
    if (check.latencyMs) {
        latency = *check.latencyMs;
    }
    Poco::Nullable<std::string> message;
    if (check.message) {
        message = *check.message;
    }
    const std::string status(toString(check.state));
    session << sqltext::forBackend("INSERT INTO health_checks (service, status, checked_at, latency_ms, message)"
                                   " VALUES (?, ?, ?, ?, ?)",
                                   m_database.backend()),
        pk::bind(check.service), pk::bind(status), pk::bind(check.checkedAt), pk::bind(latency), pk::bind(message),
        pk::now;
}

std::vector<HealthCheckRecord> HealthCheckRepository::history(const std::optional<std::string>& service, int limit)
{
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    statement << sqltext::forBackend(
        std::string("SELECT service, status, checked_at, latency_ms, message FROM health_checks")
            + (service ? " WHERE service = ?" : "") + " ORDER BY checked_at DESC, id DESC LIMIT ?",
        m_database.backend());
    if (service) {
        statement, pk::bind(*service);
    }
    statement, pk::bind(static_cast<std::int64_t>(std::clamp(limit, 1, maxLimit)));
    return readChecks(ResultRows(statement));
}

HealthHistoryPage HealthCheckRepository::page(const HealthHistoryQuery& query)
{
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    // Keyset paging: a cursor stays right while the monitor inserts newer checks, and needs no OFFSET scan.
    statement << sqltext::forBackend(
        std::string("SELECT service, status, checked_at, latency_ms, message, id FROM health_checks"
                    " WHERE checked_at >= ? AND checked_at < ?")
            + (query.service ? " AND service = ?" : "")
            + (query.before ? " AND (checked_at < ? OR (checked_at = ? AND id < ?))" : "")
            + " ORDER BY checked_at DESC, id DESC LIMIT ?",
        m_database.backend());
    statement, pk::bind(query.fromMs), pk::bind(query.toMs);
    if (query.service) {
        statement, pk::bind(*query.service);
    }
    if (query.before) {
        statement, pk::bind(query.before->checkedAt), pk::bind(query.before->checkedAt), pk::bind(query.before->id);
    }
    const int limit = std::clamp(query.limit, 1, maxLimit);
    // One row more than asked says whether there is a next page.
    statement, pk::bind(static_cast<std::int64_t>(limit + 1));
    const ResultRows rows(statement);
    HealthHistoryPage page;
    page.checks = readChecks(rows);
    if (page.checks.size() > static_cast<std::size_t>(limit)) {
        page.checks.pop_back();
        page.next = HealthHistoryCursor {page.checks.back().checkedAt, rows.integer(page.checks.size() - 1, 5)};
    }
    return page;
}

std::vector<HealthCheckBucket> HealthCheckRepository::buckets(const std::optional<std::string>& service,
                                                              std::int64_t fromMs, std::int64_t toMs,
                                                              std::int64_t widthMs)
{
    const std::string onlyService = service ? " AND service = ?" : "";
    // The newest check before the range joins it so that a change at the range's first check is counted; the
    // outer WHERE then drops it. "up" is the old word for healthy and must not count as a change.
    const std::string sql =
        "SELECT service, bucket_start, COUNT(*),"
        " SUM(CASE WHEN state = 'healthy' THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN state = 'degraded' THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN state = 'down' THEN 1 ELSE 0 END),"
        " COUNT(latency_ms), AVG(latency_ms), MAX(latency_ms),"
        " SUM(CASE WHEN previous IS NOT NULL AND previous <> state THEN 1 ELSE 0 END), MIN(checked_at)"
        " FROM (SELECT service, checked_at, latency_ms, state, checked_at - checked_at % ? AS bucket_start,"
        " LAG(state) OVER (PARTITION BY service ORDER BY checked_at, id) AS previous"
        " FROM (SELECT id, service, checked_at, latency_ms,"
        " CASE WHEN status = 'up' THEN 'healthy' ELSE status END AS state"
        " FROM health_checks WHERE checked_at >= ? AND checked_at < ?"
        + onlyService
        + " UNION ALL SELECT id, service, checked_at, latency_ms,"
          " CASE WHEN status = 'up' THEN 'healthy' ELSE status END"
          " FROM health_checks WHERE id IN (SELECT MAX(id) FROM health_checks WHERE checked_at < ?"
        + onlyService
        + " GROUP BY service)) AS ranged) AS lagged"
          " WHERE checked_at >= ? GROUP BY service, bucket_start ORDER BY service, bucket_start";
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    statement << sqltext::forBackend(sql, m_database.backend());
    statement, pk::bind(widthMs), pk::bind(fromMs), pk::bind(toMs);
    if (service) {
        statement, pk::bind(*service);
    }
    statement, pk::bind(fromMs);
    if (service) {
        statement, pk::bind(*service);
    }
    statement, pk::bind(fromMs);
    const ResultRows rows(statement);
    std::vector<HealthCheckBucket> buckets;
    buckets.reserve(rows.size());
    for (std::size_t row = 0; row < rows.size(); ++row) {
        buckets.push_back({rows.text(row, 0), rows.integer(row, 1),
                           HealthCheckCounts {rows.integer(row, 3), rows.integer(row, 4), rows.integer(row, 5)},
                           rows.integer(row, 6), rows.optionalReal(row, 7), rows.optionalReal(row, 8),
                           rows.integer(row, 9), rows.integer(row, 10)});
    }
    return buckets;
}

std::map<std::string, HealthCheckRecord> HealthCheckRepository::latest(std::int64_t sinceMs)
{
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    // Ids grow with insertion, so the largest id of a service is its newest check.
    statement << sqltext::forBackend("SELECT service, status, checked_at, latency_ms, message FROM health_checks"
                                     " WHERE id IN (SELECT MAX(id) FROM health_checks WHERE checked_at >= ?"
                                     " GROUP BY service)",
                                     m_database.backend()),
        pk::bind(sinceMs);
    std::map<std::string, HealthCheckRecord> result;
    for (HealthCheckRecord& check : readChecks(ResultRows(statement))) {
        std::string service = check.service;
        result.emplace(std::move(service), std::move(check));
    }
    return result;
}

std::map<std::string, HealthCheckStats> HealthCheckRepository::stats(std::int64_t nowMs)
{
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    const std::int64_t dayStart = nowMs - dayMs;
    const std::int64_t weekStart = nowMs - 7 * dayMs;
    statement << sqltext::forBackend(
        "SELECT service,"
        " SUM(CASE WHEN status IN ('healthy', 'up') THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN status = 'degraded' THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN status = 'down' THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN status IN ('healthy', 'up') AND checked_at >= ? THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN status = 'degraded' AND checked_at >= ? THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN status = 'down' AND checked_at >= ? THEN 1 ELSE 0 END)"
        " FROM health_checks WHERE checked_at >= ? AND checked_at <= ? GROUP BY service",
        m_database.backend()),
        pk::bind(dayStart), pk::bind(dayStart), pk::bind(dayStart), pk::bind(weekStart), pk::bind(nowMs);
    const ResultRows rows(statement);
    std::map<std::string, HealthCheckStats> result;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        HealthCheckStats& stats = result[rows.text(row, 0)];
        stats.week = {rows.integer(row, 1), rows.integer(row, 2), rows.integer(row, 3)};
        stats.day = {rows.integer(row, 4), rows.integer(row, 5), rows.integer(row, 6)};
    }
    return result;
}

} // namespace hss::server
