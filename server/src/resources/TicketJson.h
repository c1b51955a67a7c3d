// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "hss/Comment.h"
#include "hss/Error.h"
#include "hss/Ticket.h"
#include "hss/sla/SlaReport.h"

namespace hss::server {

// Request bodies of the ticket endpoints, as the OpenAPI document defines them (TicketCreate, TicketUpdate,
// CommentCreate). Every function throws ValidationFailed (422) naming the field for an unknown or missing field, a
// wrong JSON type or an unknown enum value; limits are checked later by hss::validate().

/// The fields of a POST /api/tickets body on a new ticket; the caller sets id, status, timestamps and revision.
Ticket ticketFromCreateBody(const nlohmann::json& body);

/// Applies the fields of a PUT /api/tickets/{id} body to \a ticket and returns its base_revision. Status
/// transitions are not checked here.
std::int64_t applyTicketUpdateBody(const nlohmann::json& body, Ticket& ticket);

/// The ticket as the API answers it: hss::toJson(ticket) plus "sla", every SLA clock with its escalation level
/// (hss::sla::toJson), or null for a ticket without an SLA history.
nlohmann::json ticketWithSlaJson(const Ticket& ticket, const std::optional<sla::SlaReport>& report);

/// The text of ticketWithSlaJson(), written without the DOM: a ticket read is the API's most frequent answer.
std::string ticketWithSlaText(const Ticket& ticket, const std::optional<sla::SlaReport>& report);

/// The body and visibility of a POST /api/tickets/{id}/comments body; the caller sets the rest.
Comment commentFromCreateBody(const nlohmann::json& body);

} // namespace hss::server
