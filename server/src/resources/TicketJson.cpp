// SPDX-License-Identifier: MIT
#include "TicketJson.h"

#include <optional>
#include <string>

#include "../http/HttpErrors.h"
#include "BodyReader.h"
#include "hss/JsonTextWriter.h"

namespace hss::server {

Ticket ticketFromCreateBody(const nlohmann::json& body)
{
    const BodyReader reader(body,
                            {"title", "description", "priority", "category", "channel", "requester_name",
                             "requester_email", "team", "medical_case_ref", "assignee_id"});
    Ticket ticket;
    ticket.title = reader.string("title");
    ticket.description = reader.string("description");
    ticket.priority = reader.optionalEnumeration("priority", &priorityFromString).value_or(Priority::Medium);
    ticket.category = reader.enumeration("category", &categoryFromString);
    ticket.channel = reader.enumeration("channel", &channelFromString);
    ticket.requesterName = reader.string("requester_name");
    ticket.requesterEmail = reader.optionalString("requester_email").value_or(std::string());
    ticket.team = reader.optionalString("team").value_or(std::string());
    ticket.medicalCaseRef = reader.optionalString("medical_case_ref");
    ticket.assigneeId = reader.optionalUuid("assignee_id");
    return ticket;
}

std::int64_t applyTicketUpdateBody(const nlohmann::json& body, Ticket& ticket)
{
    const BodyReader reader(body,
                            {"base_revision", "title", "description", "priority", "category", "status", "channel",
                             "requester_name", "requester_email", "assignee_id", "team", "medical_case_ref"});
    const std::int64_t baseRevision = reader.integer("base_revision", 0);
    if (body.size() < 2) {
        throw ValidationFailed("send at least one field to change besides base_revision", "");
    }
    // Members that only accept a value: null is a wrong type for them.
    for (const char* key : {"title", "description", "priority", "category", "status", "channel", "requester_name",
                            "requester_email", "team"}) {
        if (const nlohmann::json* value = reader.find(key, true); value && !value->is_string()) {
            throw ValidationFailed(std::string(key) + ": expected a string", key);
        }
    }
    ticket.title = reader.optionalString("title").value_or(ticket.title);
    ticket.description = reader.optionalString("description").value_or(ticket.description);
    ticket.priority = reader.optionalEnumeration("priority", &priorityFromString).value_or(ticket.priority);
    ticket.category = reader.optionalEnumeration("category", &categoryFromString).value_or(ticket.category);
    ticket.status = reader.optionalEnumeration("status", &ticketStatusFromString).value_or(ticket.status);
    ticket.channel = reader.optionalEnumeration("channel", &channelFromString).value_or(ticket.channel);
    ticket.requesterName = reader.optionalString("requester_name").value_or(ticket.requesterName);
    ticket.requesterEmail = reader.optionalString("requester_email").value_or(ticket.requesterEmail);
    ticket.team = reader.optionalString("team").value_or(ticket.team);
    // For these two, null is a value: it unassigns / removes the reference.
    if (reader.contains("assignee_id")) {
        ticket.assigneeId = reader.optionalUuid("assignee_id");
    }
    if (reader.contains("medical_case_ref")) {
        ticket.medicalCaseRef = reader.optionalString("medical_case_ref");
    }
    return baseRevision;
}

nlohmann::json ticketWithSlaJson(const Ticket& ticket, const std::optional<sla::SlaReport>& report)
{
    nlohmann::json json = toJson(ticket);
    json["sla"] = report ? sla::toJson(*report) : nlohmann::json(nullptr);
    return json;
}

std::string ticketWithSlaText(const Ticket& ticket, const std::optional<sla::SlaReport>& report)
{
    // About the size of a ticket with a long description and three clocks, so the text is rarely copied.
    JsonTextWriter out(4096);
    out.beginObject();
    writeJsonMembers(out, ticket);
    out.key("sla");
    if (report) {
        sla::writeJson(out, *report);
    } else {
        out.null();
    }
    out.endObject();
    return out.takeText();
}

Comment commentFromCreateBody(const nlohmann::json& body)
{
    const BodyReader reader(body, {"body", "visibility"});
    Comment comment;
    comment.body = reader.string("body");
    comment.visibility = reader.enumeration("visibility", &commentVisibilityFromString);
    return comment;
}

} // namespace hss::server
