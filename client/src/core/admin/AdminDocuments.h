// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

#include "hss/sla/SlaConfiguration.h"

namespace hss::client {

/// GET/PUT /api/admin/sla-configuration: the calendars and policies with the revision they were loaded at (a save
/// names it, so a change made meanwhile by someone else is refused with 409 instead of overwritten).
struct SlaDocument
{
    qint64 revision = 0;
    sla::SlaConfiguration configuration;
    bool defaults = false; ///< the shipped configuration, never saved by an admin
};

/// One row of the escalation matrix (/api/admin/escalation-matrix): who is told at a level, and how.
struct EscalationLevelRow
{
    int level = 1;
    QString team;
    QStringList people; ///< user ids
    QStringList channels; ///< "email", "slack", "sms"

    friend bool operator==(const EscalationLevelRow&, const EscalationLevelRow&) = default;
};

/// The escalation matrix with the revision it was read at (a save names it, so another admin's save in between is
/// refused rather than overwritten).
struct EscalationMatrixDocument
{
    qint64 revision = 0;
    QList<EscalationLevelRow> levels;
};

/// A role the server knows (/api/admin/roles).
struct AdminRole
{
    QString role; ///< wire name, e.g. "medical_agent"
    QString description;
};

/// The fields of a new account (POST /api/admin/users).
struct NewUser
{
    QString username;
    QString displayName;
    QString email;
    QStringList roles;
    QStringList teams;
    QString password;
};

/// A change to an account (PUT /api/admin/users/{id}); only the fields set are sent.
struct UserChange
{
    std::optional<QStringList> roles;
    std::optional<QStringList> teams;
    std::optional<bool> active;
    std::optional<QString> displayName;
    std::optional<QString> email;
};

/// GET/PUT /api/admin/settings: organisation-wide settings with their revision. Retention is only sent to admins.
struct OrganisationSettings
{
    qint64 revision = 0;
    int idleLockMinutes = 15;
    /// Retention periods in days by their JSON key ("audit_log_days", …), in the server's order.
    QList<std::pair<QString, qint64>> retentionDays;
};

/// One notification channel as GET /api/admin/notification-channels describes it.
struct NotificationChannelInfo
{
    QString channel; ///< "email", "slack", "sms"
    bool enabled = false;
    QString target; ///< masked by the server
    QString escalationContact; ///< the medical escalation address or phone, masked
    qint64 sent = 0; ///< last 24 h
    qint64 failed = 0;
    qint64 pending = 0;
};

/// What POST /api/admin/notification-channels/{channel}/test answered.
struct ChannelTestResult
{
    bool delivered = false;
    QString error;
};

} // namespace hss::client
