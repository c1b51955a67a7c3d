// SPDX-License-Identifier: MIT
#pragma once

#include <Poco/Data/Session.h>

#include "NotificationMessages.h"

namespace hss {
class Clock;
struct Ticket;
} // namespace hss

namespace hss::server {

class Database;

/// The hook ticket writers call: puts the notifications a ticket event causes into the outbox on the caller's
/// session, inside the caller's write transaction, so they commit with the ticket or not at all. Sending happens
/// later, in NotificationSender. Safe to share between threads.
class TicketNotifier final
{
public:
    TicketNotifier(Database& database, const Clock& clock, NotificationMessages messages);

    /// After a ticket was stored for the first time (POST /api/tickets, a pushed create).
    void ticketCreated(Poco::Data::Session& session, const Ticket& ticket) const;

private:
    Database& m_database;
    const Clock& m_clock;
    NotificationMessages m_messages;
};

} // namespace hss::server
