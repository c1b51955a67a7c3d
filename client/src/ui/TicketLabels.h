// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include "hss/Category.h"
#include "hss/Channel.h"
#include "hss/CommentVisibility.h"
#include "hss/Priority.h"
#include "hss/TicketStatus.h"
#include "hss/sla/SlaReport.h"
#include "hss/triage/EmergencyCategory.h"

namespace hss::client {

/// Translated display names of the ticket domain's values, shared by the editor and the new-ticket dialog.
class TicketLabels final
{
    Q_DECLARE_TR_FUNCTIONS(TicketLabels)

public:
    TicketLabels() = delete;

    static QString priority(Priority value);
    static QString category(Category value);
    static QString status(TicketStatus value);
    static QString channel(Channel value);
    static QString visibility(CommentVisibility value);
    static QString slaClock(sla::SlaClockKind value);
    static QString slaState(sla::SlaState value);
    static QString emergency(triage::EmergencyCategory value);
    /// A field's JSON name ("medical_case_ref") as the editor labels it.
    static QString field(const QString& jsonName);
    /// "2 h 05 min", "3 d 4 h", "45 s"; negative durations as "overdue by …".
    static QString duration(qint64 ms);
};

} // namespace hss::client
