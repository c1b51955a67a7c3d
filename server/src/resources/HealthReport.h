// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "../app/ServerServices.h"
#include "../health/HealthSettings.h"

namespace hss::server {

/// What /api/health and /api/health/{service} answer, from the health monitor's latest recorded results (the
/// database and the disk, which cost a query and a statfs, are checked live; nothing is fetched over the network
/// per request) and the per-service figures of the last 24 hours and 7 days.
class HealthReport final
{
public:
    explicit HealthReport(ServerServices& services);

    const HealthSettings& settings() const { return m_settings; }

    /// Every reported service keyed by name. Each entry has status ("up"/"down"/"unknown", the old two-state
    /// view, degraded counts as up), state ("healthy"/"degraded"/"down"/"unknown"), latencyMs, checkedAt,
    /// stale, message when not healthy, and stats {"24h", "7d"}.
    nlohmann::json services();

    /// "down" when the database or the disk is down, "degraded" when any other service is not healthy, else
    /// "healthy".
    static std::string overall(const nlohmann::json& services);

private:
    ServerServices& m_services;
    HealthSettings m_settings;
};

} // namespace hss::server
