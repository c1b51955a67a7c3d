// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <optional>
#include <vector>

#include "TicketConflict.h"
#include "hss/Comment.h"
#include "hss/Ticket.h"
#include "storage/KbRepository.h"
#include "storage/TicketSla.h"

namespace hss::client {

/// One line of a ticket's history as the console knows it.
struct TicketHistoryEntry
{
    qint64 at = 0;
    QString what; ///< Untranslated event key, e.g. "created", "local_update"; the view translates it.
    QStringList fields; ///< JSON names of the fields a local change touches.
    bool waiting = false; ///< A local change not yet acknowledged by the server.
    bool rejected = false;
    QString reason; ///< Why the server refused a rejected change.
};

/// Everything the ticket editor shows of one ticket, read in one job on the store's thread.
struct TicketDetails
{
    Ticket ticket;
    std::vector<Comment> comments; ///< Oldest first, conflict notes included.
    std::optional<TicketSla> sla; ///< Nothing when the server has not reported clocks for the ticket.
    std::vector<TicketHistoryEntry> history; ///< Oldest first.
    std::vector<TicketConflict> conflicts; ///< Conflict notes still waiting for review.
    std::vector<KbSearchHit> articles; ///< Suggested knowledge-base articles, best first.
};

} // namespace hss::client
