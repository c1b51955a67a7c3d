// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace hss::server {

/// The columns of the tickets table in the order TicketRepository::fromRow() decodes them.
inline constexpr std::string_view ticketColumns =
    "id, number, title, description, priority, category, status, channel, requester_name, requester_email, "
    "assignee_id, team, medical_case_ref, created_at, updated_at, first_response_at, resolved_at, escalation_level, "
    "revision";

} // namespace hss::server
