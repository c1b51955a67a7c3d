// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>

#include <Poco/Data/Session.h>
#include <Poco/Event.h>
#include <Poco/Runnable.h>
#include <Poco/Thread.h>

namespace hss::server {

/// Copies the SQLite write-ahead log into the database file from a connection of its own, every interval.
///
/// SQLite's automatic checkpoint runs inside the commit that crosses the threshold, so one ticket write in a
/// thousand paid for the database file's fdatasync (up to 100 ms on a 3 GB file) while the writer held the write
/// lock. Every connection therefore runs with wal_autocheckpoint=0 and this thread checkpoints PASSIVE, which never
/// waits for or blocks a writer or reader. Durability does not change: a commit is durable once the WAL is synced.
class WalCheckpointer final : public Poco::Runnable
{
public:
    struct Outcome
    {
        bool busy = false; ///< Another checkpoint was running.
        std::int64_t walFrames = 0; ///< Frames in the WAL when it ran.
        std::int64_t checkpointedFrames = 0; ///< Of those, copied into the database file.
    };

    /// Takes \a session (a connection outside the pool) for its own use.
    WalCheckpointer(Poco::Data::Session session, std::chrono::milliseconds interval);
    ~WalCheckpointer() override;

    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    void start();
    void stop();
    /// Checkpoints now, on the calling thread.
    Outcome checkpointNow();

    void run() override;

private:
    Poco::Data::Session m_session;
    std::mutex m_sessionMutex;
    std::chrono::milliseconds m_interval;
    Poco::Thread m_thread;
    Poco::Event m_stop;
    bool m_running = false;
};

} // namespace hss::server
