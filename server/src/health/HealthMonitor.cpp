// SPDX-License-Identifier: MIT
#include "HealthMonitor.h"

#include <Poco/Logger.h>

#include "../storage/HealthCheckRepository.h"
#include "HealthChecks.h"
#include "hss/Clock.h"

namespace hss::server {

HealthMonitor::HealthMonitor(Database& database, std::string dataDir, const Clock& clock, std::chrono::seconds interval)
    : m_database(database)
    , m_dataDir(std::move(dataDir))
    , m_clock(clock)
    , m_interval(interval)
    , m_thread("hss-health")
    , m_stop(Poco::Event::EVENT_AUTORESET)
{ }

HealthMonitor::~HealthMonitor()
{
    stop();
}

void HealthMonitor::start()
{
    if (!m_running) {
        m_running = true;
        m_thread.start(*this);
    }
}

void HealthMonitor::stop()
{
    if (m_running) {
        m_stop.set();
        m_thread.join();
        m_running = false;
    }
}

void HealthMonitor::checkOnce()
{
    try {
        HealthCheckRepository repository(m_database);
        for (const HealthCheckRecord& check : runHealthChecks(m_database, m_dataDir, m_clock.nowMs())) {
            repository.record(check);
        }
    } catch (const std::exception& error) {
        // The database itself may be what is down; the live /api/health still reports it.
        Poco::Logger::get("hss.health").warning("cannot record health checks: %s", std::string(error.what()));
    }
}

void HealthMonitor::run()
{
    do {
        checkOnce();
    } while (!m_stop.tryWait(static_cast<long>(std::chrono::milliseconds(m_interval).count())));
}

} // namespace hss::server
