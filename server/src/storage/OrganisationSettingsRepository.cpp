// SPDX-License-Identifier: MIT
#include "OrganisationSettingsRepository.h"

#include "ResultRows.h"
#include "StatementCache.h"

namespace hss::server {

OrganisationSettingsRepository::OrganisationSettingsRepository(Database& database)
    : m_database(database)
{ }

OrganisationSettings OrganisationSettingsRepository::load(Poco::Data::Session& session)
{
    const ResultRows rows = m_database.statements().query(
        session,
        "SELECT revision, idle_lock_minutes, closed_tickets_days, audit_log_days, health_history_days, "
        "notification_log_days, sync_feed_days, updated_at, updated_by FROM organisation_settings WHERE id = 1");
    OrganisationSettings settings;
    if (rows.empty()) {
        return settings;
    }
    const auto number = [&rows](std::size_t column) { return static_cast<int>(rows.integer(0, column)); };
    settings.revision = rows.integer(0, 0);
    settings.idleLockMinutes = number(1);
    settings.retention.closedTicketsDays = number(2);
    settings.retention.auditLogDays = number(3);
    settings.retention.healthHistoryDays = number(4);
    settings.retention.notificationLogDays = number(5);
    settings.retention.syncFeedDays = number(6);
    settings.updatedAt = rows.integer(0, 7);
    settings.updatedBy = rows.text(0, 8);
    return settings;
}

bool OrganisationSettingsRepository::save(Poco::Data::Session& session, const OrganisationSettings& settings,
                                          std::int64_t expectedRevision, std::int64_t nowMs, const std::string& userId)
{
    // The WHERE makes the revision check and the write one step, also for another server instance's concurrent save.
    const RetentionPeriods& periods = settings.retention;
    return m_database.statements().execute(
               session,
               "INSERT INTO organisation_settings (id, revision, idle_lock_minutes, closed_tickets_days, "
               "audit_log_days, "
               "health_history_days, notification_log_days, sync_feed_days, updated_at, updated_by) "
               "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, "
               "idle_lock_minutes = excluded.idle_lock_minutes, closed_tickets_days = excluded.closed_tickets_days, "
               "audit_log_days = excluded.audit_log_days, health_history_days = excluded.health_history_days, "
               "notification_log_days = excluded.notification_log_days, sync_feed_days = excluded.sync_feed_days, "
               "updated_at = excluded.updated_at, updated_by = excluded.updated_by "
               "WHERE organisation_settings.revision = ?",
               {expectedRevision + 1, std::int64_t {settings.idleLockMinutes}, std::int64_t {periods.closedTicketsDays},
                std::int64_t {periods.auditLogDays}, std::int64_t {periods.healthHistoryDays},
                std::int64_t {periods.notificationLogDays}, std::int64_t {periods.syncFeedDays}, nowMs, userId,
                expectedRevision})
        == 1;
}

} // namespace hss::server
