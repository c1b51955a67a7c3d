// SPDX-License-Identifier: MIT
#include "TicketNotifier.h"

#include "../storage/NotificationOutboxRepository.h"
#include "hss/Clock.h"
#include "hss/Ticket.h"

namespace hss::server {

TicketNotifier::TicketNotifier(Database& database, const Clock& clock, NotificationMessages messages)
    : m_database(database)
    , m_clock(clock)
    , m_messages(std::move(messages))
{ }

void TicketNotifier::ticketCreated(Poco::Data::Session& session, const Ticket& ticket) const
{
    NotificationOutboxRepository outbox(m_database);
    const std::int64_t now = m_clock.nowMs();
    for (const NewNotification& message : m_messages.ticketCreated(ticket, now)) {
        outbox.enqueue(session, message, now);
    }
}

} // namespace hss::server
