// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "hss/Result.h"

namespace hss::server {

/// How long the server keeps each kind of data, in days. 0 for closed tickets means "keep forever".
struct RetentionPeriods
{
    int closedTicketsDays = 0; ///< Closed tickets (and their comments) are deleted this long after their last change.
    int auditLogDays = 2190; ///< Kept AT LEAST this long: the audit log is append-only, nothing is ever deleted.
    int healthHistoryDays = 30; ///< Health check results (the only place this period is set).
    int notificationLogDays = 90; ///< Delivered and dead-lettered outbox messages.
    int syncFeedDays = 180; ///< The remembered answers to pushed sync mutations (sync_mutations).

    friend bool operator==(const RetentionPeriods&, const RetentionPeriods&) = default;
};

/// The organisation-wide settings admins edit in the console (idle-lock time, data retention), numbered by revision
/// so a stale edit is refused. Revision 0 is the shipped defaults (nothing stored yet).
struct OrganisationSettings
{
    std::int64_t revision = 0;
    int idleLockMinutes = 15;
    RetentionPeriods retention;
    std::int64_t updatedAt = 0;
    std::string updatedBy; ///< The admin's user id; empty for the defaults.

    /// The editable values of \a body ({"idle_lock_minutes": n, "retention": {...}}), every field required and
    /// within its limits; the error names the field (e.g. "retention.audit_log_days"). revision and the update
    /// stamps are not read here.
    static Result<OrganisationSettings> fromJson(const nlohmann::json& body);

    /// {"revision", "idle_lock_minutes"} and, with \a full, "retention", "updated_at", "updated_by" and "limits".
    nlohmann::json toJson(bool full) const;

    /// The editable values alone, for the audit's before/after.
    nlohmann::json valuesJson() const;

    /// Each field's {"min", "max", "default"} (closed_tickets_days also allows 0: keep forever).
    static nlohmann::json limitsJson();
};

} // namespace hss::server
