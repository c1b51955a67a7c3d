// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <string_view>

#include "hss/Result.h"

namespace hss {

/// Where a ticket is in its workflow; TicketStateMachine says which changes are allowed.
enum class TicketStatus {
    New,
    Open,
    InProgress,
    WaitingOnCustomer,
    Escalated,
    Resolved,
    Closed,
};

/// Every TicketStatus value in declaration order.
inline constexpr std::array<TicketStatus, 7> allTicketStatuses {
    TicketStatus::New,       TicketStatus::Open,     TicketStatus::InProgress, TicketStatus::WaitingOnCustomer,
    TicketStatus::Escalated, TicketStatus::Resolved, TicketStatus::Closed,
};

/// The stable wire name, e.g. "new".
std::string_view toString(TicketStatus ticketStatus);

/// Parses a wire name; anything else gives UnknownValue naming \a field.
Result<TicketStatus> ticketStatusFromString(std::string_view text, std::string_view field = "status");

} // namespace hss
