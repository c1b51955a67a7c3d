// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <Poco/Data/Session.h>

#include "Database.h"
#include "hss/Ticket.h"
#include "hss/sla/SlaReport.h"

namespace hss::server {

/// Writes what a new ticket starts its SLA with, on the caller's session inside its write transaction: its history
/// (created, plus the status and first reply a ticket made offline arrives with; table ticket_events) and its
/// planned events (table sla_events). On PostgreSQL both go in one statement, since every statement is a round
/// trip on the single writer connection; on SQLite through TicketEventRepository and SlaEventRepository. Cheap to
/// construct; not thread-safe itself.
class SlaCreationWriter final
{
public:
    explicit SlaCreationWriter(Database& database);

    /// Records \a ticket's creation history and plans \a upcoming for it (it has no planned events yet).
    void write(Poco::Data::Session& session, const Ticket& ticket, const std::vector<sla::SlaEvent>& upcoming);

private:
    Database& m_database;
};

} // namespace hss::server
