// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include "hss/Ticket.h"
#include "hss/sla/SlaHistory.h"

namespace hss::server {

/// A ticket and its SLA history as TicketEventRepository::histories() builds it (absent for a ticket without one).
struct TicketWithHistory
{
    Ticket ticket;
    std::optional<sla::SlaHistory> history;
};

} // namespace hss::server
