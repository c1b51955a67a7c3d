// SPDX-License-Identifier: MIT
#include "HealthChecks.h"

#include <chrono>
#include <filesystem>

#include "../storage/Database.h"

namespace hss::server {

namespace {

// Below this the server cannot promise to store a ticket: it reports the disk as down.
constexpr std::uintmax_t minimumFreeBytes = std::uintmax_t {100} * 1024 * 1024;

HealthCheckRecord checkDatabase(Database& database, std::int64_t nowMs)
{
    const auto started = std::chrono::steady_clock::now();
    const std::string error = database.ping();
    const double latency =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    return {"database", error.empty(), nowMs, latency,
            error.empty() ? std::nullopt : std::optional<std::string>(error)};
}

HealthCheckRecord checkDisk(const std::string& dataDir, std::int64_t nowMs)
{
    std::error_code error;
    const auto started = std::chrono::steady_clock::now();
    const auto space = std::filesystem::space(dataDir.empty() ? "." : dataDir, error);
    const double latency =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    if (error) {
        return {"disk", false, nowMs, latency, "cannot read free space: " + error.message()};
    }
    if (space.available < minimumFreeBytes) {
        return {"disk", false, nowMs, latency,
                "only " + std::to_string(space.available / (1024 * 1024)) + " MiB free in the data folder"};
    }
    return {"disk", true, nowMs, latency, std::nullopt};
}

} // namespace

std::vector<HealthCheckRecord> runHealthChecks(Database& database, const std::string& dataDir, std::int64_t nowMs)
{
    return {checkDatabase(database, nowMs), checkDisk(dataDir, nowMs)};
}

const std::vector<std::string>& healthServiceNames()
{
    static const std::vector<std::string> names {"api", "database", "disk"};
    return names;
}

} // namespace hss::server
