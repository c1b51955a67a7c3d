// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

#include "hss/Category.h"
#include "hss/Priority.h"
#include "hss/TicketStatus.h"

namespace hss::client {

/// What a queue view asks the store for. Results come most severe first, then soonest SLA deadline.
struct TicketQuery
{
    enum class View {
        AllOpen,
        Mine,
        MyTeam,
        MedicalEmergencies,
        BreachingSoon,
        Everything,
    };

    /// Sort orders a queue offers; Severity is the queue's own (most severe, then soonest deadline).
    enum class Sort {
        Severity,
        Number,
        Title,
        Category,
        Status,
        Channel,
        SlaDue,
        Updated,
    };

    View view = View::AllOpen;
    Sort sort = Sort::Severity;
    bool descending = false; ///< reverses the chosen order
    QString userId; ///< for Mine
    QStringList teams; ///< for MyTeam
    QString titleFilter; ///< case-insensitive substring of the title; all digits also match the ticket number
    std::optional<Priority> priority;
    std::optional<Category> category;
    std::optional<TicketStatus> status;
    qint64 nowMs = 0; ///< for BreachingSoon
    qint64 breachingWithinMs = 60 * 60 * 1000; ///< for BreachingSoon
    int limit = 200;
    int offset = 0;
};

} // namespace hss::client
