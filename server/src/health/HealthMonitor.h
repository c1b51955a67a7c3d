// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <Poco/Data/Session.h>
#include <Poco/Event.h>
#include <Poco/Runnable.h>
#include <Poco/Thread.h>

#include "../storage/HealthCheckRepository.h"
#include "HealthAlert.h"
#include "HealthSettings.h"

namespace hss {
class Clock;
}

namespace hss::server {

class Database;
class FieldCipher;
class WriteQueue;

/// Checks every service of the settings every interval on a thread of its own: the database, the disk, the sync
/// feed, the notification outbox and the enabled channels, and each configured endpoint (the network checks run in
/// parallel, each bounded by the timeout). It records each result, and for each change of a service's state (kept in
/// the database, so several servers alert once) queues an alert and opens an incident on "down" or closes it on
/// recovery, all in one transaction (RetentionJob deletes the history past its period). It writes on a connection
/// of its own rather than through the write queue, so it can still report the queue stuck.
class HealthMonitor final : public Poco::Runnable
{
public:
    HealthMonitor(Database& database, WriteQueue& writes, const FieldCipher& cipher, const Clock& clock,
                  HealthSettings settings);
    ~HealthMonitor() override;

    HealthMonitor(const HealthMonitor&) = delete;
    HealthMonitor& operator=(const HealthMonitor&) = delete;

    void start();
    void stop();
    /// Checks, records and reacts once, now; returns the results (recorded or not: a failed write is logged).
    std::vector<HealthCheckRecord> checkOnce();

    void run() override;

private:
    std::vector<HealthCheckRecord> runChecks();
    void record(const std::vector<HealthCheckRecord>& checks);
    void react(Poco::Data::Session& session, const HealthCheckRecord& check);

    Database& m_database;
    WriteQueue& m_writes;
    const Clock& m_clock;
    HealthSettings m_settings;
    HealthAlert m_alert;
    Poco::Thread m_thread;
    Poco::Event m_stop;
    bool m_running = false;
};

} // namespace hss::server
