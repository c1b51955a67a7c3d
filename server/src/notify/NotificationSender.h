// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "NotificationChannel.h"
#include "NotificationSettings.h"

namespace hss {
class Clock;
}

namespace hss::server {

class Database;
class WriteQueue;

/// Delivers the outbox: claims due messages per channel, makes one attempt each, and records the outcome. A failed
/// attempt is retried after an exponential back-off with jitter (base · 2^(attempt-1), capped, times a random
/// factor in [0.5, 1]) until the attempt limit, after which the message is dead-lettered with its last error.
/// Each channel has its own thread, so a channel that is down or slow never holds up the others. Time comes from
/// the injected clock (tests drive runDue() themselves with a ManualClock). Several server processes may run a
/// sender on one PostgreSQL: each message is claimed by one of them at a time.
class NotificationSender final
{
public:
    using Channels = std::map<std::string, std::unique_ptr<NotificationChannel>, std::less<>>;

    struct Policy
    {
        int maxAttempts = 8;
        std::chrono::milliseconds baseDelay {std::chrono::seconds(30)};
        std::chrono::milliseconds maxDelay {std::chrono::hours(1)};
        /// How long a claim holds before another sender may take the message over (a crashed sender's work).
        std::chrono::milliseconds lease {std::chrono::minutes(5)};
        std::chrono::milliseconds pollInterval {std::chrono::seconds(1)};
        int batchSize = 20;
    };

    /// \a channels maps channel names ("email", "slack", "sms") to their transports; messages for a channel that
    /// is not in the map fail their attempts with a reason naming the switch that is off.
    NotificationSender(Database& database, WriteQueue& writes, const Clock& clock, Policy policy, Channels channels);
    /// Stops the threads.
    ~NotificationSender();

    NotificationSender(const NotificationSender&) = delete;
    NotificationSender& operator=(const NotificationSender&) = delete;

    /// The channels the settings switch on, over libcurl.
    static Channels channelsFor(const NotificationSettings& settings, const Clock& clock);
    /// The retry policy in the settings.
    static Policy policyFor(const NotificationSettings& settings);

    /// Works through every channel's due messages once (one claimed batch each); returns how many were attempted.
    std::size_t runDue();
    /// The same for one channel.
    std::size_t runDue(std::string_view channel);

    /// Starts one thread per channel that runs runDue() whenever messages may be due.
    void start();
    /// Stops and joins the threads; an attempt in progress finishes first.
    void stop();
    /// Makes the threads look at the outbox now (e.g. after a ticket with notifications was committed).
    void wake();

    /// The back-off after \a attempts failed attempts with jitter factor \a jitter (0.5 .. 1).
    static std::chrono::milliseconds retryDelay(const Policy& policy, int attempts, double jitter);

private:
    void attempt(std::string_view channel, const NotificationRecord& message);
    void loop(const std::string& channel);
    double nextJitter();

    Database& m_database;
    WriteQueue& m_writes;
    const Clock& m_clock;
    Policy m_policy;
    Channels m_channels;

    std::mutex m_mutex;
    std::condition_variable m_wakeUp;
    bool m_stopping = false;
    std::uint64_t m_wakeCount = 0;
    std::vector<std::thread> m_threads;
    std::mutex m_randomMutex;
    std::mt19937_64 m_random;
};

} // namespace hss::server
