// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <chrono>

namespace hss {
class Clock;
}

class QTimer;

namespace hss::client {

/// Decides when the console locks: after the configured time without user activity (default 15 minutes).
/// The clock is injected, so tests move time instead of waiting.
class IdleLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleLock)

public:
    explicit IdleLock(const Clock& clock, QObject* parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    /// Starts watching (checks every pollInterval) from now.
    void start(std::chrono::milliseconds pollInterval = std::chrono::seconds(5));
    void stop();

    /// The user did something: the idle time starts again.
    void noteActivity();
    /// Locks now if the idle time has run out. Called by the poll timer; tests call it directly.
    void check();
    bool isLocked() const { return m_locked; }
    /// After a successful unlock.
    void reset();

signals:
    /// Emitted once when the idle time runs out (or lockNow() is called).
    void lockRequested();

public slots:
    void lockNow();

private:
    const Clock& m_clock;
    QTimer* m_timer;
    std::chrono::milliseconds m_timeout {std::chrono::minutes(15)};
    std::int64_t m_lastActivityMs = 0;
    bool m_locked = false;
};

} // namespace hss::client
