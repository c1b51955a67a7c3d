// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "hss/Category.h"
#include "hss/Channel.h"
#include "hss/Priority.h"
#include "hss/Result.h"
#include "hss/Ticket.h"
#include "hss/TicketStatus.h"
#include "hss/Uuid.h"

namespace hss::sync {

/// The ticket fields a mutation may change, by JSON name, in declaration order of TicketPatch. Everything else
/// (id, number, timestamps, revision) is owned by the server.
inline constexpr std::array<std::string_view, 12> ticketPatchFields {
    "title",          "description",     "priority",    "category", "status",           "channel",
    "requester_name", "requester_email", "assignee_id", "team",     "medical_case_ref", "escalation_level",
};

/// The changed fields of a ticket update; an absent member is left alone. The two nullable ticket fields use a
/// nested optional so "not changed" (outer empty) differs from "set to null" (inner empty).
struct TicketPatch
{
    std::optional<std::string> title;
    std::optional<std::string> description;
    std::optional<Priority> priority;
    std::optional<Category> category;
    std::optional<TicketStatus> status;
    std::optional<Channel> channel;
    std::optional<std::string> requesterName;
    std::optional<std::string> requesterEmail;
    std::optional<std::optional<Uuid>> assigneeId;
    std::optional<std::string> team;
    std::optional<std::optional<std::string>> medicalCaseRef;
    std::optional<int> escalationLevel;

    /// Member-wise equality.
    friend bool operator==(const TicketPatch&, const TicketPatch&) = default;
};

/// Success, or the first present field breaking the Ticket rules (same codes and field names as validate(Ticket)).
Status validate(const TicketPatch& patch);

/// The JSON object of the present fields only, keyed as in the ticket's JSON (null for an unset assignee/case ref).
nlohmann::json toJson(const TicketPatch& patch);

/// Decodes a mutation's fields. Server-owned keys (id, number, created_at, updated_at, first_response_at,
/// resolved_at, revision) give InvalidArgument naming the key, other unknown keys UnknownField, null for a field
/// that cannot be null WrongType; the values are then checked with validate().
Result<TicketPatch> ticketPatchFromJson(const nlohmann::json& fields);

/// The JSON names of the present fields, in ticketPatchFields order.
std::vector<std::string> fieldNames(const TicketPatch& patch);

/// \a ticket with every present field overwritten; no merge rules, no revision or timestamp changes. The console
/// uses it for its optimistic local view while the mutation waits in the outbox.
Ticket applyPatch(Ticket ticket, const TicketPatch& patch);

} // namespace hss::sync
