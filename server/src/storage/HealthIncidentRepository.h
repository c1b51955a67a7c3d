// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <Poco/Data/Session.h>

#include "HealthCheckRepository.h"

namespace hss::server {

class Database;

/// One outage of a service: opened when it went down, closed when it recovered.
struct HealthIncident
{
    std::int64_t id = 0;
    std::string service;
    std::int64_t startedAt = 0;
    std::optional<std::int64_t> endedAt;
    std::string message; ///< Why the check failed when the service went down.
    std::optional<std::string> resolution; ///< The first check after recovery (its message, or its state).
};

/// The last known state of each monitored service (table health_service_state) and the incidents
/// (health_incidents). Writers take the monitor's session inside its transaction. Cheap to construct.
class HealthIncidentRepository final
{
public:
    explicit HealthIncidentRepository(Database& database);

    /// The recorded state of \a service, std::nullopt before its first check.
    std::optional<HealthState> stateOf(Poco::Data::Session& session, const std::string& service);

    /// Moves \a service from \a from (std::nullopt: never recorded) to \a to at \a atMs. False when another
    /// writer changed it first, so only one monitor reacts to a transition.
    bool changeState(Poco::Data::Session& session, const std::string& service, std::optional<HealthState> from,
                     HealthState to, std::int64_t atMs);

    /// Opens an incident for \a service unless one is open already; true when it opened one.
    bool open(Poco::Data::Session& session, const std::string& service, std::int64_t atMs, const std::string& message);
    /// Closes the open incident(s) of \a service; returns how many.
    std::size_t close(Poco::Data::Session& session, const std::string& service, std::int64_t atMs,
                      const std::string& resolution);

    /// Incidents, newest first: at most \a limit after skipping \a offset; only of \a service when given.
    std::vector<HealthIncident> list(const std::optional<std::string>& service, int limit, int offset);

private:
    std::string sql(std::string_view text) const;

    Database& m_database;
};

} // namespace hss::server
