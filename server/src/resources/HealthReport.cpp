// SPDX-License-Identifier: MIT
#include "HealthReport.h"

#include <Poco/Logger.h>

#include "../config/ServerConfig.h"
#include "../health/HealthChecks.h"
#include "../storage/Database.h"
#include "../storage/HealthCheckRepository.h"
#include "hss/Clock.h"
#include "hss/Timestamp.h"

namespace hss::server {

namespace {

constexpr std::int64_t weekMs = 7LL * 24 * 3600 * 1000;

nlohmann::json share(std::int64_t part, std::int64_t total)
{
    return total == 0 ? nlohmann::json() : nlohmann::json(static_cast<double>(part) / static_cast<double>(total));
}

nlohmann::json figures(const HealthCheckCounts& counts)
{
    // uptime: checks that found the service up (healthy or degraded); errorRate: checks that did not pass fully.
    return {{"checks", counts.total()},
            {"healthy", counts.healthy},
            {"degraded", counts.degraded},
            {"down", counts.down},
            {"uptime", share(counts.healthy + counts.degraded, counts.total())},
            {"errorRate", share(counts.degraded + counts.down, counts.total())}};
}

nlohmann::json entryFor(const HealthCheckRecord& check, bool stale)
{
    nlohmann::json entry {{"status", check.up() ? "up" : "down"},
                          {"state", std::string(toString(check.state))},
                          {"latencyMs", check.latencyMs.value_or(0.0)},
                          {"checkedAt", formatTimestamp(check.checkedAt)},
                          {"stale", stale}};
    if (check.message) {
        entry["message"] = *check.message;
    }
    return entry;
}

} // namespace

HealthReport::HealthReport(ServerServices& services)
    : m_services(services)
    , m_settings(HealthSettings::fromConfig(services.config))
{ }

nlohmann::json HealthReport::services()
{
    const std::int64_t nowMs = m_services.clock.nowMs();
    // A result older than two cycles and a timeout means the monitor stopped (or this server runs none).
    const std::int64_t staleBefore = nowMs
        - 2 * std::chrono::duration_cast<std::chrono::milliseconds>(m_settings.interval).count()
        - m_settings.timeout.count();
    std::map<std::string, HealthCheckRecord> latest;
    std::map<std::string, HealthCheckStats> stats;
    try {
        HealthCheckRepository repository(m_services.database);
        latest = repository.latest(nowMs - weekMs);
        stats = repository.stats(nowMs);
    } catch (const std::exception& error) {
        // The live database check below reports the cause; the other services are then unknown.
        Poco::Logger::get("hss.health").warning("cannot read the health history: %s", std::string(error.what()));
    }
    HealthCheckRecord database = HealthChecks::database(m_services.database);
    database.checkedAt = nowMs;
    HealthCheckRecord disk = HealthChecks::disk(m_settings.dataDir);
    disk.checkedAt = nowMs;
    latest[database.service] = database;
    latest[disk.service] = disk;

    nlohmann::json result = nlohmann::json::object();
    for (const std::string& service : m_settings.reportedServices()) {
        nlohmann::json entry;
        if (service == HealthSettings::api) {
            entry = {{"status", "up"}, {"state", "healthy"}};
        } else if (const auto found = latest.find(service); found != latest.end()) {
            entry = entryFor(found->second, found->second.checkedAt < staleBefore);
        } else {
            entry = {{"status", "unknown"}, {"state", "unknown"}};
        }
        if (service == HealthSettings::database) {
            entry["backend"] = m_services.database.backend() == Database::Backend::SQLite ? "sqlite" : "postgresql";
        }
        const HealthCheckStats figuresOf = stats.contains(service) ? stats.at(service) : HealthCheckStats {};
        entry["stats"] = {{"24h", figures(figuresOf.day)}, {"7d", figures(figuresOf.week)}};
        result[service] = std::move(entry);
    }
    return result;
}

std::string HealthReport::overall(const nlohmann::json& services)
{
    std::string status = "healthy";
    for (const auto& [name, entry] : services.items()) {
        const std::string state = entry.value("state", "unknown");
        if (state == "down" && (name == HealthSettings::database || name == HealthSettings::disk)) {
            return "down";
        }
        if (state == "down" || state == "degraded") {
            status = "degraded";
        }
    }
    return status;
}

} // namespace hss::server
