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

} // namespace

HealthCheckRepository::HealthCheckRepository(Database& database)
    : m_database(database)
{ }

void HealthCheckRepository::record(const HealthCheckRecord& check)
{
    auto session = m_database.session();
    Poco::Nullable<double> latency;
    if (check.latencyMs) {
        latency = *check.latencyMs;
    }
    Poco::Nullable<std::string> message;
    if (check.message) {
        message = *check.message;
    }
    const std::string status = check.up ? "up" : "down";
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
    const ResultRows rows(statement);
    std::vector<HealthCheckRecord> checks;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        checks.push_back({rows.text(row, 0), rows.text(row, 1) == "up", rows.integer(row, 2), rows.optionalReal(row, 3),
                          rows.optionalText(row, 4)});
    }
    return checks;
}

} // namespace hss::server
