// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "hss/Category.h"
#include "hss/Channel.h"
#include "hss/Priority.h"
#include "hss/Result.h"
#include "hss/TicketStatus.h"
#include "hss/Uuid.h"

namespace hss {

class JsonTextWriter;

/// A support ticket. Timestamps are milliseconds since the Unix epoch (UTC).
/// JSON keys are snake_case: id, number, title, description, priority, category, status, channel, requester_name,
/// requester_email, assignee_id, team, medical_case_ref, created_at, updated_at, first_response_at, resolved_at,
/// escalation_level, revision. Optional members are written as null when absent.
struct Ticket
{
    Uuid id; ///< Made by the creator (UUID v7); never changes.
    std::optional<std::int64_t> number; ///< Human ticket number (>= 1), assigned by the server on first sync.
    std::string title; ///< 1..limits::titleMax characters, one line.
    std::string description; ///< 0..limits::descriptionMax characters.
    Priority priority = Priority::Medium;
    Category category = Category::Technical;
    TicketStatus status = TicketStatus::New;
    Channel channel = Channel::Web;
    std::string requesterName; ///< 1..limits::nameMax characters.
    std::string requesterEmail; ///< Empty (e.g. a phone ticket) or an e-mail address.
    std::optional<Uuid> assigneeId; ///< The assigned user, if any.
    std::string team; ///< Owning team; empty when not yet routed.
    std::optional<std::string> medicalCaseRef; ///< e.g. "MC-2026-00042": [A-Za-z0-9._-], starts alphanumeric, <= 64.
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0; ///< Not before createdAt.
    std::optional<std::int64_t> firstResponseAt; ///< Not before createdAt.
    std::optional<std::int64_t> resolvedAt; ///< Not before createdAt.
    int escalationLevel = 0; ///< 0..limits::escalationLevelMax.
    std::int64_t revision = 0; ///< Server revision (>= 0); 0 until the server stores it.

    /// Member-wise equality.
    friend bool operator==(const Ticket&, const Ticket&) = default;
};

/// Success, or the first broken rule with the JSON name of its field.
Status validate(const Ticket& ticket);

/// The JSON object for \a ticket (timestamps as ISO-8601 text, ids as canonical UUID text).
nlohmann::json toJson(const Ticket& ticket);

/// Writes the members of toJson(ticket), in the same name order, into the object \a out has open, without building
/// the DOM (the server's answer to every ticket read); the caller may add members of its own after them.
void writeJsonMembers(JsonTextWriter& out, const Ticket& ticket);

/// Decodes and validates a ticket. Rejects wrong JSON types, unknown and missing fields and invalid values.
Result<Ticket> ticketFromJson(const nlohmann::json& json);

} // namespace hss
