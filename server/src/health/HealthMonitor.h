// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <string>

#include <Poco/Event.h>
#include <Poco/Runnable.h>
#include <Poco/Thread.h>

namespace hss {
class Clock;
}

namespace hss::server {

class Database;

/// Runs the health checks every interval on a thread of its own and records each result in the database, so
/// the history survives restarts and is shared by every server instance.
class HealthMonitor final : public Poco::Runnable
{
public:
    HealthMonitor(Database& database, std::string dataDir, const Clock& clock, std::chrono::seconds interval);
    ~HealthMonitor() override;

    HealthMonitor(const HealthMonitor&) = delete;
    HealthMonitor& operator=(const HealthMonitor&) = delete;

    void start();
    void stop();
    /// Checks and records once, now.
    void checkOnce();

    void run() override;

private:
    Database& m_database;
    std::string m_dataDir;
    const Clock& m_clock;
    std::chrono::seconds m_interval;
    Poco::Thread m_thread;
    Poco::Event m_stop;
    bool m_running = false;
};

} // namespace hss::server
