// SPDX-License-Identifier: MIT
#include "HealthChecks.h"

#include <filesystem>
#include <future>
#include <memory>

#include "../storage/Database.h"
#include "../storage/HealthSignalRepository.h"
#include "../storage/WriteQueue.h"
#include "HealthSettings.h"

namespace hss::server {

namespace {

using Steady = std::chrono::steady_clock;

// Below this the server cannot promise to store a ticket: it reports the disk as down.
constexpr std::uintmax_t minimumFreeBytes = std::uintmax_t {100} * 1024 * 1024;
// A message the sender should have delivered this long ago means it is stuck or every attempt fails.
constexpr std::int64_t overdueAfterMs = 15LL * 60 * 1000;
constexpr std::int64_t dayMs = 24LL * 3600 * 1000;
// A handful of overdue or dead messages is a bad address or a short outage; these many are a channel problem.
constexpr std::int64_t overdueLimit = 20;
constexpr std::int64_t deadLimit = 10;

double millisecondsSince(Steady::time_point started)
{
    return std::chrono::duration<double, std::milli>(Steady::now() - started).count();
}

HealthCheckRecord make(std::string_view service, HealthState state, double latencyMs,
                       std::optional<std::string> message = std::nullopt)
{
    return {std::string(service), state, 0, latencyMs, std::move(message)};
}

} // namespace

HealthCheckRecord HealthChecks::database(Database& database)
{
    const auto started = Steady::now();
    const std::string error = database.ping();
    const double latency = millisecondsSince(started);
    return error.empty() ? make(HealthSettings::database, HealthState::Healthy, latency)
                         : make(HealthSettings::database, HealthState::Down, latency, error);
}

HealthCheckRecord HealthChecks::disk(const std::string& dataDir)
{
    std::error_code error;
    const auto started = Steady::now();
    const auto space = std::filesystem::space(dataDir.empty() ? "." : dataDir, error);
    const double latency = millisecondsSince(started);
    if (error) {
        return make(HealthSettings::disk, HealthState::Down, latency, "cannot read free space: " + error.message());
    }
    if (space.available < minimumFreeBytes) {
        return make(HealthSettings::disk, HealthState::Down, latency,
                    "only " + std::to_string(space.available / (1024 * 1024)) + " MiB free in the data folder");
    }
    return make(HealthSettings::disk, HealthState::Healthy, latency);
}

HealthCheckRecord HealthChecks::sync(Database& database, WriteQueue& writes, std::chrono::milliseconds timeout)
{
    const auto started = Steady::now();
    try {
        HealthSignalRepository(database).newestFeedSequence();
    } catch (const std::exception& error) {
        return make(HealthSettings::sync, HealthState::Down, millisecondsSince(started),
                    std::string("cannot read the sync feed: ") + error.what());
    }
    // The promise outlives a timed-out wait: the job may still run after the check gave up on it.
    auto ran = std::make_shared<std::promise<void>>();
    std::future<void> done = ran->get_future();
    try {
        writes.post([ran](Poco::Data::Session&) { ran->set_value(); });
    } catch (const std::exception& error) {
        return make(HealthSettings::sync, HealthState::Down, millisecondsSince(started),
                    std::string("the write queue refuses work: ") + error.what());
    }
    if (done.wait_for(timeout) != std::future_status::ready) {
        return make(HealthSettings::sync, HealthState::Down, millisecondsSince(started),
                    "the write queue ran no job within " + std::to_string(timeout.count()) + " ms");
    }
    const double latency = millisecondsSince(started);
    if (latency > static_cast<double>(timeout.count()) / 2.0) {
        return make(HealthSettings::sync, HealthState::Degraded, latency,
                    "the write queue is slow: " + std::to_string(static_cast<long long>(latency)) + " ms");
    }
    return make(HealthSettings::sync, HealthState::Healthy, latency);
}

HealthCheckRecord HealthChecks::outbox(Database& database, std::int64_t nowMs)
{
    const auto started = Steady::now();
    try {
        const OutboxBacklog backlog =
            HealthSignalRepository(database).outboxBacklog(nowMs - overdueAfterMs, nowMs - dayMs);
        const double latency = millisecondsSince(started);
        if (backlog.overdue >= overdueLimit || backlog.dead >= deadLimit) {
            return make(HealthSettings::outbox, HealthState::Degraded, latency,
                        std::to_string(backlog.overdue) + " notifications overdue by more than 15 minutes, "
                            + std::to_string(backlog.dead) + " given up on in the last 24 hours");
        }
        return make(HealthSettings::outbox, HealthState::Healthy, latency);
    } catch (const std::exception& error) {
        return make(HealthSettings::outbox, HealthState::Down, millisecondsSince(started),
                    std::string("cannot read the notification outbox: ") + error.what());
    }
}

} // namespace hss::server
