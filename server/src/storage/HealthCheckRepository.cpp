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
