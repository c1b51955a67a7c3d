// SPDX-License-Identifier: MIT
#include "HealthMonitor.h"

#include <functional>
#include <future>

#include <Poco/Logger.h>

#include "../storage/Database.h"
#include "../storage/HealthIncidentRepository.h"
#include "../storage/WriteTransaction.h"
#include "HealthChecks.h"
#include "RemoteProbes.h"
#include "hss/Clock.h"

namespace hss::server {

HealthMonitor::HealthMonitor(Database& database, WriteQueue& writes, const FieldCipher& cipher, const Clock& clock,
                             HealthSettings settings)
    : m_database(database)
    , m_writes(writes)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_alert(database, cipher, m_settings.notifications)
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

std::vector<HealthCheckRecord> HealthMonitor::checkOnce()
{
    const std::int64_t nowMs = m_clock.nowMs();
    std::vector<HealthCheckRecord> checks = runChecks();
    for (HealthCheckRecord& check : checks) {
        check.checkedAt = nowMs;
    }
    record(checks);
    return checks;
}

std::vector<HealthCheckRecord> HealthMonitor::runChecks()
{
    const NotificationSettings& notify = m_settings.notifications;
    const auto timeout = m_settings.timeout;
    // The network checks run side by side, so a cycle takes about one timeout however many endpoints there are.
    std::vector<std::future<HealthCheckRecord>> remote;
    const auto launch = [&remote](std::function<HealthCheckRecord()> probe) {
        remote.push_back(std::async(std::launch::async, std::move(probe)));
    };
    if (notify.smtp.enabled) {
        launch([&notify, timeout] {
            return RemoteProbes::smtp(std::string(HealthSettings::smtp), notify.smtp.host, notify.smtp.port, timeout);
        });
    }
    if (notify.slack.enabled) {
        launch([&notify, timeout] {
            return RemoteProbes::hostReachable(std::string(HealthSettings::slack), notify.slack.webhookUrl, timeout,
                                               notify.caFile);
        });
    }
    if (notify.sms.enabled) {
        launch([&notify, timeout] {
            return RemoteProbes::hostReachable(std::string(HealthSettings::sms), notify.sms.gatewayUrl, timeout,
                                               notify.caFile);
        });
    }
    for (const HealthEndpoint& endpoint : m_settings.endpoints) {
        // Endpoints are public or internal services, not the notification providers: the system's CA store.
        launch([&endpoint, timeout] { return RemoteProbes::http(endpoint.name, endpoint.url, timeout, {}); });
    }

    std::vector<HealthCheckRecord> checks {HealthChecks::database(m_database), HealthChecks::disk(m_settings.dataDir),
                                           HealthChecks::sync(m_database, m_writes, timeout),
                                           HealthChecks::outbox(m_database, m_clock.nowMs())};
    for (auto& probe : remote) {
        checks.push_back(probe.get());
    }
    return checks;
}

void HealthMonitor::record(const std::vector<HealthCheckRecord>& checks)
{
    try {
        auto session = m_database.session();
        WriteTransaction transaction(session, m_database.backend());
        HealthCheckRepository repository(m_database);
        for (const HealthCheckRecord& check : checks) {
            repository.record(session, check);
            react(session, check);
        }
        transaction.commit();
    } catch (const std::exception& error) {
        // The database itself may be what is down; GET /api/health checks it live and still reports it.
        Poco::Logger::get("hss.health").warning("cannot record health checks: %s", std::string(error.what()));
    }
}

void HealthMonitor::react(Poco::Data::Session& session, const HealthCheckRecord& check)
{
    HealthIncidentRepository incidents(m_database);
    const std::optional<HealthState> previous = incidents.stateOf(session, check.service);
    if (previous == check.state
        || !incidents.changeState(session, check.service, previous, check.state, check.checkedAt)) {
        return;
    }
    // A service seen for the first time was presumably fine before: only a bad first result is news.
    const HealthState from = previous.value_or(HealthState::Healthy);
    if (from == check.state) {
        return;
    }
    m_alert.queue(session, check.service, from, check.state, check.message, check.checkedAt);
    if (check.state == HealthState::Down) {
        incidents.open(session, check.service, check.checkedAt, check.message.value_or("down"));
    } else if (from == HealthState::Down) {
        incidents.close(session, check.service, check.checkedAt,
                        check.state == HealthState::Healthy ? std::string("recovered")
                                                            : "degraded: " + check.message.value_or(""));
    }
}

void HealthMonitor::run()
{
    do {
        checkOnce();
    } while (!m_stop.tryWait(static_cast<long>(std::chrono::milliseconds(m_settings.interval).count())));
}

} // namespace hss::server
