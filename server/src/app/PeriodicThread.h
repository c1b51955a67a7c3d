// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace hss::server {

/// A thread that runs a round at once, then again each interval or sooner when woken, until stopped. The background
/// jobs (retention, SLA re-planning) share it; a round checks stopping() between its batches so stop() is prompt.
/// An exception a round throws is passed to the error handler and the next round runs as planned.
class PeriodicThread final
{
public:
    /// \a round runs on the thread; \a onError gets what it threw.
    PeriodicThread(std::function<void()> round, std::function<void(const std::exception&)> onError);
    ~PeriodicThread();

    PeriodicThread(const PeriodicThread&) = delete;
    PeriodicThread& operator=(const PeriodicThread&) = delete;

    /// Starts the thread (nothing if it runs already).
    void start(std::chrono::milliseconds interval);
    /// Ends the thread after its current round; returns when it has.
    void stop();
    /// Makes the thread run its next round now.
    void wake();
    /// Whether stop() was called: a round in progress should finish its batch and return.
    bool stopping() const { return m_stopping.load(); }

private:
    std::function<void()> m_round;
    std::function<void(const std::exception&)> m_onError;
    std::atomic<bool> m_stopping {false};
    std::mutex m_mutex;
    std::condition_variable m_wakeup;
    bool m_woken = false;
    std::thread m_thread;
};

} // namespace hss::server
