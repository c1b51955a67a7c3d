// SPDX-License-Identifier: MIT
#include "IdleLock.h"

#include <QTimer>

#include "hss/Clock.h"

namespace hss::client {

IdleLock::IdleLock(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timer(new QTimer(this))
    , m_lastActivityMs(clock.nowMs())
{
    connect(m_timer, &QTimer::timeout, this, &IdleLock::check);
}

void IdleLock::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void IdleLock::start(std::chrono::milliseconds pollInterval)
{
    m_lastActivityMs = m_clock.nowMs();
    m_timer->start(pollInterval);
}

void IdleLock::stop()
{
    m_timer->stop();
}

void IdleLock::noteActivity()
{
    if (!m_locked) {
        m_lastActivityMs = m_clock.nowMs();
    }
}

void IdleLock::check()
{
    if (!m_locked && m_clock.nowMs() - m_lastActivityMs >= m_timeout.count()) {
        lockNow();
    }
}

void IdleLock::lockNow()
{
    if (m_locked) {
        return;
    }
    m_locked = true;
    emit lockRequested();
}

void IdleLock::reset()
{
    m_locked = false;
    m_lastActivityMs = m_clock.nowMs();
}

} // namespace hss::client
