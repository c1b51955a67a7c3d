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

    View view = View::AllOpen;
    QString userId; ///< for Mine
    QStringList teams; ///< for MyTeam
    QString titleFilter; ///< case-insensitive substring of the title
    std::optional<Priority> priority;
    std::optional<Category> category;
    std::optional<TicketStatus> status;
    qint64 nowMs = 0; ///< for BreachingSoon
    qint64 breachingWithinMs = 60 * 60 * 1000; ///< for BreachingSoon
    int limit = 200;
    int offset = 0;
};

} // namespace hss::client
