// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QString>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <memory>
#include <optional>

#include "core/StoreSession.h"
#include "hss/HybridLogicalClock.h"
#include "hss/StdRandomSource.h"
#include "hss/SystemClock.h"
#include "hss/Uuid.h"
#include "sync/SyncApi.h"

namespace hss::bench {

/// Where a bench console keeps its store and how it reaches the server.
struct ConsoleOptions
{
    QString storeDir;
    QString password;
    QString server;
    QString caFile;
    QString user;
};

/// One console as the product builds it, without widgets: the encrypted store behind a StoreSession (Argon2id
/// unlock, SQLCipher on the worker thread), the device's hybrid logical clock and a signed-in SyncApi.
class BenchConsole final
{
public:
    explicit BenchConsole(ConsoleOptions options);

    /// Unlocks (creating the store on first use) and reads the device identity; false with a message on stderr.
    bool open();
    /// Signs in with the store's password; false with a message on stderr.
    bool signIn();

    client::StoreWorker& worker() { return *m_session.worker(); }
    client::SyncApi& api() { return m_api; }
    HybridLogicalClock& hlc() { return *m_hlc; }
    const SystemClock& clock() const { return m_clock; }
    StdRandomSource& random() { return m_random; }
    Uuid userId() const { return m_userId; }

private:
    ConsoleOptions m_options;
    SystemClock m_clock;
    StdRandomSource m_random;
    client::StoreSession m_session;
    client::SyncApi m_api;
    std::unique_ptr<HybridLogicalClock> m_hlc;
    Uuid m_userId;
};

/// Runs the event loop, sleeping while nothing happens, until done() is true or timeoutMs passed; returns done().
/// (QCoreApplication::processEvents with a time limit returns at once when idle, which would spin a core.)
template <class Done>
bool runUntil(Done done, qint64 timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QTimer wake; // ends the last wait; re-armed because a timer may fire a little before the deadline
    wake.setTimerType(Qt::PreciseTimer);
    wake.setSingleShot(true);
    QEventLoop loop;
    while (!done() && !deadline.hasExpired()) {
        if (!wake.isActive()) {
            wake.start(std::chrono::milliseconds(std::max<qint64>(1, deadline.remainingTime())));
        }
        loop.processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return done();
}

/// Runs the event loop until future has finished; nothing when it did not within timeoutMs.
template <class T>
std::optional<T> awaitResult(const QFuture<T>& future, qint64 timeoutMs = 600'000)
{
    QFutureWatcher<T> watcher; // its signal wakes the loop when the future finishes on another thread
    watcher.setFuture(future);
    if (!runUntil([&future] { return future.isFinished(); }, timeoutMs) || future.resultCount() == 0) {
        return std::nullopt;
    }
    return future.result();
}

/// Prints one "key value" result line on stdout, flushed at once so the run script sees it in time.
void report(const QString& key, const QString& value);
/// Peak resident set of this process (VmHWM from /proc/self/status) in KiB, or -1.
qint64 peakResidentKiB();
/// CPU time (user + system, all threads) this process has used so far, in ms.
qint64 cpuMs();

} // namespace hss::bench
