// SPDX-License-Identifier: MIT
#include "RetentionJob.h"

#include <algorithm>
#include <string>
#include <vector>

#include <Poco/Logger.h>
#include <nlohmann/json.hpp>

#include "../storage/AuditLogRepository.h"
#include "../storage/Database.h"
#include "../storage/OrganisationSettingsRepository.h"
#include "../storage/RetentionRepository.h"
#include "../storage/TicketRepository.h"
#include "../storage/WriteQueue.h"
#include "hss/Clock.h"
#include "hss/Timestamp.h"

namespace hss::server {

namespace {

constexpr std::int64_t dayMs = 86'400'000;
constexpr const char* actorName = "system:retention";

/// The audit record of one deletion batch; the job itself is the actor (no user id).
AuditEntry purgeEntry(std::int64_t nowMs, const std::string& objectType, const std::string& objectId,
                      const nlohmann::json& detail, const std::string& action = "retention.purge")
{
    return AuditEntry {nowMs, "", actorName, action, objectType, objectId, "", "success", detail.dump()};
}

} // namespace

RetentionJob::RetentionJob(Database& database, WriteQueue& writes, const FieldCipher& cipher, const Clock& clock,
                           Options options)
    : m_database(database)
    , m_writes(writes)
    , m_cipher(cipher)
    , m_clock(clock)
    , m_options(options)
    , m_thread(
          [this] {
              const Report report = runOnce();
              if (report.healthChecks + report.notifications + report.syncMutations + report.closedTickets > 0) {
                  Poco::Logger::get("hss.retention")
                      .information("retention: deleted %?d health checks, %?d notifications, %?d sync answers, "
                                   "%?d closed tickets",
                                   report.healthChecks, report.notifications, report.syncMutations,
                                   report.closedTickets);
              }
          },
          [](const std::exception& error) {
              // Tried again next round; what was deleted so far stays deleted and audited.
              Poco::Logger::get("hss.retention").error("retention round stopped: %s", std::string(error.what()));
          })
{ }

RetentionJob::~RetentionJob()
{
    stop();
}

void RetentionJob::start()
{
    m_thread.start(m_options.interval);
}

void RetentionJob::stop()
{
    m_thread.stop();
}

void RetentionJob::wake()
{
    m_thread.wake();
}

template <class DeleteBatch>
std::int64_t RetentionJob::drain(DeleteBatch deleteBatch, int batch)
{
    std::int64_t total = 0;
    while (!m_thread.stopping()) {
        std::int64_t deleted = 0;
        m_writes.run([&](Poco::Data::Session& session) { deleted = deleteBatch(session); });
        total += deleted;
        if (deleted < batch) {
            break;
        }
    }
    return total;
}

RetentionJob::Report RetentionJob::runOnce()
{
    OrganisationSettings settings;
    {
        Poco::Data::Session session = m_database.session();
        settings = OrganisationSettingsRepository(m_database).load(session);
    }
    const RetentionPeriods& periods = settings.retention;
    const std::int64_t now = m_clock.nowMs();
    const int batch = std::max(m_options.batch, 1);
    RetentionRepository repository(m_database);
    Report report;

    // One statement per kind of log, each batch audited with the rows it deleted.
    const auto purge = [&](const std::string& table, int days, auto deleteRows) {
        const std::int64_t before = now - days * dayMs;
        const nlohmann::json detail {{"retention_days", days}, {"before", formatTimestamp(before)}};
        return drain(
            [&](Poco::Data::Session& session) {
                const std::int64_t deleted = deleteRows(session, before);
                if (deleted > 0) {
                    nlohmann::json counted = detail;
                    counted["deleted"] = deleted;
                    AuditLogRepository(m_database).appendAll(session, {purgeEntry(now, table, "", counted)});
                }
                return deleted;
            },
            batch);
    };
    report.healthChecks =
        purge("health_checks", periods.healthHistoryDays, [&](Poco::Data::Session& session, std::int64_t before) {
            return repository.deleteHealthChecks(session, before, batch);
        });
    report.notifications = purge("notification_outbox", periods.notificationLogDays,
                                 [&](Poco::Data::Session& session, std::int64_t before) {
                                     return repository.deleteFinishedNotifications(session, before, batch);
                                 });
    report.syncMutations =
        purge("sync_mutations", periods.syncFeedDays, [&](Poco::Data::Session& session, std::int64_t before) {
            return repository.deleteSyncMutations(session, before, batch);
        });

    if (periods.closedTicketsDays > 0) {
        const int ticketBatch = std::max(m_options.ticketBatch, 1);
        const std::int64_t before = now - periods.closedTicketsDays * dayMs;
        const nlohmann::json detail {{"reason", "retention"},
                                     {"retention_days", periods.closedTicketsDays},
                                     {"closed_and_unchanged_before", formatTimestamp(before)}};
        report.closedTickets = drain(
            [&](Poco::Data::Session& session) {
                // Selected and deleted in one transaction: a ticket reopened meanwhile is not closed here any more.
                const std::vector<std::string> ids = repository.closedTickets(session, before, ticketBatch);
                TicketRepository tickets(m_database, m_cipher);
                std::vector<AuditEntry> entries;
                for (const std::string& id : ids) {
                    if (tickets.remove(session, id, now)) {
                        entries.push_back(purgeEntry(now, "ticket", id, detail, "ticket.delete"));
                    }
                }
                if (!entries.empty()) {
                    AuditLogRepository(m_database).appendAll(session, entries);
                }
                return static_cast<std::int64_t>(ids.size());
            },
            ticketBatch);
    }
    return report;
}

} // namespace hss::server
