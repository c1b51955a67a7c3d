// SPDX-License-Identifier: MIT
#include "SlaBenchRun.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>
#include <vector>

#include "hss/SystemClock.h"
#include "notify/NotificationSettings.h"
#include "security/FieldCipher.h"
#include "sla/SlaEngine.h"
#include "storage/Database.h"
#include "storage/SlaEventRepository.h"
#include "storage/WriteQueue.h"
#include "storage/WriteTransaction.h"

namespace hss::bench {

namespace {

using SteadyClock = std::chrono::steady_clock;

const char* const windowKinds[] = {"warning", "warning", "escalation", "warning", "breach"};

/// A field of /proc/self/status in kB ("VmRSS", "VmHWM").
long statusKb(const std::string& field)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind(field + ":", 0) == 0) {
            return std::stol(line.substr(field.size() + 1));
        }
    }
    return -1;
}

double millisSince(SteadyClock::time_point from, SteadyClock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

std::int64_t percentile(std::vector<std::int64_t> values, double p)
{
    if (values.empty()) {
        return -1;
    }
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

/// What the scheduler's observers saw.
struct Observed
{
    std::mutex mutex;
    std::optional<SteadyClock::time_point> ready;
    std::optional<SteadyClock::time_point> probeFired;
    std::vector<std::int64_t> lateness; ///< Commit of the firing - due, per window event.
    std::vector<std::int64_t> recordedLateness; ///< fired_at as stored - due.
    std::vector<std::int64_t> worstPerSecond; ///< Largest lateness among the events due in each second of the window.
    std::size_t batches = 0;
    std::size_t largestBatch = 0;
};

} // namespace

int runSlaBench(const SlaRunOptions& options, std::ostream& out, std::ostream& progress)
{
    using namespace hss::server;
    const SystemClock clock;
    const long rssBefore = statusKb("VmRSS");
    const long anonBefore = statusKb("RssAnon");
    std::vector<std::string> ids;
    {
        std::ifstream file(options.dataDir + "/sla-bench-tickets.txt");
        for (std::string id; std::getline(file, id);) {
            ids.push_back(id);
        }
    }
    if (ids.empty()) {
        std::cerr << "no seeded tickets in " << options.dataDir << " (run `hss-bench-sla seed` first)\n";
        return 1;
    }

    // The window: one event every 1/rate s from armedAt + lead on; keys made unique per run by the clock start.
    const std::int64_t armedAt = clock.nowMs();
    const std::int64_t windowStart = armedAt + options.leadMs;
    const std::size_t windowCount = static_cast<std::size_t>(options.rate) * static_cast<std::size_t>(options.seconds);
    const std::string runTag = "/" + std::to_string(armedAt) + "/";
    {
        Database database(options.databaseUrl, options.dataDir, 1, 1);
        std::vector<SlaEventRecord> records;
        records.reserve(windowCount + 1);
        for (std::size_t k = 0; k <= windowCount; ++k) {
            SlaEventRecord record;
            record.ticketId = ids[k % ids.size()];
            record.clock = k == windowCount ? "first_response" : "next_update";
            record.kind = windowKinds[k % std::size(windowKinds)];
            record.level = record.kind == "breach" ? 0 : 1 + static_cast<int>(k / std::size(windowKinds) % 2);
            record.clockStartedAt = armedAt;
            // The last one is the probe: due at once, it shows when the scheduler fires its first event.
            record.dueAt =
                k == windowCount ? armedAt : windowStart + static_cast<std::int64_t>(k) * 1000 / options.rate;
            record.state = std::string(SlaEventRepository::statePlanned);
            record.key = record.ticketId + "/" + record.clock + runTag + record.kind + "/" + std::to_string(k);
            records.push_back(std::move(record));
        }
        auto session = database.session();
        WriteTransaction transaction(session, database.backend());
        SlaEventRepository(database).insert(session, records);
        if (options.rewalk) {
            SlaEventRepository(database).setWalkedThroughNumber(session, 0);
        }
        transaction.commit();
    }
    progress << "planned " << windowCount << " window events from " << options.leadMs << " ms on; starting"
             << std::endl;

    Observed observed;
    SlaScheduler::Options scheduling;
    scheduling.instanceId = "bench";
    scheduling.batchSize = options.batch;
    scheduling.onSleep = [&](std::optional<std::int64_t>) {
        std::lock_guard lock(observed.mutex);
        if (!observed.ready) {
            observed.ready = SteadyClock::now();
        }
    };
    scheduling.onCommitted = [&](const std::vector<SlaEventRecord>& fired, std::int64_t committedAt) {
        const auto now = SteadyClock::now();
        std::lock_guard lock(observed.mutex);
        ++observed.batches;
        observed.largestBatch = std::max(observed.largestBatch, fired.size());
        for (const SlaEventRecord& event : fired) {
            if (event.key.find(runTag) == std::string::npos) {
                continue;
            }
            if (event.clock == "first_response") {
                observed.probeFired = now;
            } else {
                observed.lateness.push_back(committedAt - event.dueAt);
                const auto second =
                    static_cast<std::size_t>(std::max<std::int64_t>(event.dueAt - windowStart, 0) / 1000);
                if (second >= observed.worstPerSecond.size()) {
                    observed.worstPerSecond.resize(second + 1, 0);
                }
                observed.worstPerSecond[second] = std::max(observed.worstPerSecond[second], committedAt - event.dueAt);
                observed.recordedLateness.push_back(event.firedAt.value_or(committedAt) - event.dueAt);
            }
        }
    };
    NotificationSettings settings;
    settings.slack.enabled = true; // every firing queues its Slack message (the sender is not run)
    settings.slack.webhookUrl = "https://hooks.slack.invalid/bench";

    const auto started = SteadyClock::now();
    auto database = std::make_unique<Database>(options.databaseUrl, options.dataDir, 1, 4);
    const FieldCipher cipher = FieldCipher::loadOrCreate("", options.dataDir);
    const auto opened = SteadyClock::now();
    WriteQueue writes(*database);
    SlaEngine engine(*database, writes, cipher, clock, settings, scheduling);
    engine.start();
    const auto startReturned = SteadyClock::now();

    long rssPeak = 0;
    long anonPeak = 0;
    long filePeak = 0;
    std::optional<SteadyClock::time_point> walkDone;
    const std::int64_t windowEnd = windowStart + options.seconds * 1000LL;
    for (;;) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        rssPeak = std::max(rssPeak, statusKb("VmRSS"));
        anonPeak = std::max(anonPeak, statusKb("RssAnon"));
        filePeak = std::max(filePeak, statusKb("RssFile"));
        if (!walkDone && engine.backfill().finished()) {
            walkDone = SteadyClock::now();
        }
        std::size_t firedCount = 0;
        {
            std::lock_guard lock(observed.mutex);
            firedCount = observed.lateness.size();
        }
        if ((firedCount >= windowCount && walkDone) || clock.nowMs() > windowEnd + 30'000) {
            break;
        }
    }
    engine.stop();
    const long hwm = statusKb("VmHWM");

    std::lock_guard lock(observed.mutex);
    std::int64_t planned = 0;
    {
        auto session = database->session();
        planned = SlaEventRepository(*database).countInState(session, SlaEventRepository::statePlanned);
    }
    auto ms = [](double value) {
        std::ostringstream text;
        text << std::fixed << std::setprecision(0) << value;
        return text.str();
    };
    progress << "worst lateness per second of the window (ms):";
    for (const std::int64_t worst : observed.worstPerSecond) {
        progress << " " << worst;
    }
    progress << "\n";
    out << "| measure | value |\n|---|---|\n";
    out << "| planned events left in the table after the run | " << planned << " |\n";
    out << "| open database (migrations check, pool) | " << ms(millisSince(started, opened)) << " ms |\n";
    out << "| start until SlaEngine::start() returned | " << ms(millisSince(started, startReturned)) << " ms |\n";
    out << "| start until the scheduler is ready (first sleep) | "
        << (observed.ready ? ms(millisSince(started, *observed.ready)) + " ms" : std::string("never")) << " |\n";
    out << "| start until the first due event fired (committed) | "
        << (observed.probeFired ? ms(millisSince(started, *observed.probeFired)) + " ms" : std::string("never"))
        << " |\n";
    out << "| start-up walk over open tickets (background) | "
        << (walkDone ? ms(millisSince(started, *walkDone)) + " ms" : std::string("not finished")) << ", planned "
        << engine.backfill().plannedCount() << " |\n";
    out << "| window events fired / due | " << observed.lateness.size() << " / " << windowCount << " (" << options.rate
        << "/s for " << options.seconds << " s) |\n";
    out << "| lateness p50 / p99 / max (commit - due) | " << percentile(observed.lateness, 0.50) << " / "
        << percentile(observed.lateness, 0.99) << " / " << percentile(observed.lateness, 1.0) << " ms |\n";
    out << "| lateness as stored (fired_at - due) p50 / p99 / max | " << percentile(observed.recordedLateness, 0.50)
        << " / " << percentile(observed.recordedLateness, 0.99) << " / " << percentile(observed.recordedLateness, 1.0)
        << " ms |\n";
    out << "| batches committed (largest) | " << observed.batches << " (" << observed.largestBatch << ") |\n";
    out << "| RSS before opening / peak while firing / high-water mark | " << rssBefore / 1024 << " / "
        << rssPeak / 1024 << " / " << hwm / 1024 << " MiB |\n";
    // RssFile is the database file mapped by SQLite (mmap_size): page cache shared with the OS, not the heap.
    out << "| of which anonymous (heap, stacks) before / peak | " << anonBefore / 1024 << " / " << anonPeak / 1024
        << " MiB |\n";
    out << "| of which file-backed (SQLite's memory map of the database) peak | " << filePeak / 1024 << " MiB |\n";
    return observed.lateness.size() == windowCount ? 0 : 2;
}

} // namespace hss::bench
