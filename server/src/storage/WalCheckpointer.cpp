// SPDX-License-Identifier: MIT
#include "WalCheckpointer.h"

#include <Poco/Data/DataException.h>
#include <Poco/Logger.h>

using namespace Poco::Data::Keywords;

namespace hss::server {

WalCheckpointer::WalCheckpointer(Poco::Data::Session session, std::chrono::milliseconds interval)
    : m_session(std::move(session))
    , m_interval(interval)
    , m_thread("wal-checkpoint")
    , m_stop(Poco::Event::EVENT_MANUALRESET)
{ }

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

void WalCheckpointer::start()
{
    if (m_running) {
        return;
    }
    m_stop.reset();
    m_thread.start(*this);
    m_running = true;
}

void WalCheckpointer::stop()
{
    if (!m_running) {
        return;
    }
    m_stop.set();
    m_thread.join();
    m_running = false;
}

WalCheckpointer::Outcome WalCheckpointer::checkpointNow()
{
    const std::lock_guard lock(m_sessionMutex);
    Poco::Int64 busy = 0;
    Poco::Int64 frames = 0;
    Poco::Int64 copied = 0;
    m_session << "PRAGMA wal_checkpoint(PASSIVE)", into(busy), into(frames), into(copied), now;
    return {busy != 0, frames, copied};
}

void WalCheckpointer::run()
{
    while (!m_stop.tryWait(static_cast<long>(m_interval.count()))) {
        try {
            checkpointNow();
        } catch (const Poco::Exception& error) {
            // The next round tries again; until then the WAL only grows, nothing is lost.
            Poco::Logger::get("hss.storage").warning("WAL checkpoint failed: " + error.displayText());
        }
    }
}

} // namespace hss::server
