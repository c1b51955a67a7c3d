// SPDX-License-Identifier: MIT
#include "HealthIncidentRepository.h"

#include <algorithm>

#include <Poco/Data/Statement.h>

#include "Database.h"
#include "ResultRows.h"
#include "SqlText.h"

namespace pk = Poco::Data::Keywords;

namespace hss::server {

namespace {

constexpr int maxLimit = 500;

} // namespace

HealthIncidentRepository::HealthIncidentRepository(Database& database)
    : m_database(database)
{ }

std::string HealthIncidentRepository::sql(std::string_view text) const
{
    return sqltext::forBackend(text, m_database.backend());
}

std::optional<HealthState> HealthIncidentRepository::stateOf(Poco::Data::Session& session, const std::string& service)
{
    Poco::Data::Statement statement(session);
    statement << sql("SELECT status FROM health_service_state WHERE service = ?"), pk::bind(service);
    const ResultRows rows(statement);
    if (rows.empty()) {
        return std::nullopt;
    }
    return parseHealthState(rows.text(0, 0));
}

bool HealthIncidentRepository::changeState(Poco::Data::Session& session, const std::string& service,
                                           std::optional<HealthState> from, HealthState to, std::int64_t atMs)
{
    const std::string next(toString(to));
    Poco::Data::Statement statement(session);
    if (!from) {
        // Two monitors seeing a service for the first time: the primary key lets exactly one insert win.
        statement << sql("INSERT INTO health_service_state (service, status, since) VALUES (?, ?, ?)"
                         " ON CONFLICT (service) DO NOTHING"),
            pk::bind(service), pk::bind(next), pk::bind(atMs);
    } else {
        const std::string previous(toString(*from));
        statement << sql("UPDATE health_service_state SET status = ?, since = ? WHERE service = ? AND status = ?"),
            pk::bind(next), pk::bind(atMs), pk::bind(service), pk::bind(previous);
    }
    return statement.execute() == 1;
}

bool HealthIncidentRepository::open(Poco::Data::Session& session, const std::string& service, std::int64_t atMs,
                                    const std::string& message)
{
    std::int64_t openCount = 0;
    session << sql("SELECT COUNT(*) FROM health_incidents WHERE service = ? AND ended_at IS NULL"), pk::bind(service),
        pk::into(openCount), pk::now;
    if (openCount > 0) {
        return false;
    }
    session << sql("INSERT INTO health_incidents (service, started_at, message) VALUES (?, ?, ?)"), pk::bind(service),
        pk::bind(atMs), pk::bind(message), pk::now;
    return true;
}

std::size_t HealthIncidentRepository::close(Poco::Data::Session& session, const std::string& service, std::int64_t atMs,
                                            const std::string& resolution)
{
    Poco::Data::Statement statement(session);
    statement << sql("UPDATE health_incidents SET ended_at = ?, resolution = ? WHERE service = ? AND ended_at IS NULL"),
        pk::bind(atMs), pk::bind(resolution), pk::bind(service);
    return statement.execute();
}

std::vector<HealthIncident> HealthIncidentRepository::list(const std::optional<std::string>& service, int limit,
                                                           int offset)
{
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    statement << sql(std::string("SELECT id, service, started_at, ended_at, message, resolution FROM health_incidents")
                     + (service ? " WHERE service = ?" : "") + " ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?");
    if (service) {
        statement, pk::bind(*service);
    }
    statement, pk::bind(static_cast<std::int64_t>(std::clamp(limit, 1, maxLimit))),
        pk::bind(static_cast<std::int64_t>(std::max(offset, 0)));
    const ResultRows rows(statement);
    std::vector<HealthIncident> incidents;
    incidents.reserve(rows.size());
    for (std::size_t row = 0; row < rows.size(); ++row) {
        incidents.push_back({rows.integer(row, 0), rows.text(row, 1), rows.integer(row, 2),
                             rows.optionalInteger(row, 3), rows.text(row, 4), rows.optionalText(row, 5)});
    }
    return incidents;
}

} // namespace hss::server
