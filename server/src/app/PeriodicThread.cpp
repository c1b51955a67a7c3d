// SPDX-License-Identifier: MIT
#include "PeriodicThread.h"

#include <utility>

namespace hss::server {

PeriodicThread::PeriodicThread(std::function<void()> round, std::function<void(const std::exception&)> onError)
    : m_round(std::move(round))
    , m_onError(std::move(onError))
{ }

PeriodicThread::~PeriodicThread()
{
    stop();
}

void PeriodicThread::start(std::chrono::milliseconds interval)
{
    if (m_thread.joinable()) {
        return;
    }
    m_stopping = false;
    m_thread = std::thread([this, interval] {
        while (!m_stopping) {
            try {
                m_round();
            } catch (const std::exception& error) {
                m_onError(error);
            }
            std::unique_lock lock(m_mutex);
            m_wakeup.wait_for(lock, interval, [this] { return m_woken || m_stopping.load(); });
            m_woken = false;
        }
    });
}

void PeriodicThread::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wakeup.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void PeriodicThread::wake()
{
    {
        const std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_wakeup.notify_all();
}

} // namespace hss::server
