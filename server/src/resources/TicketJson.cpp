// SPDX-License-Identifier: MIT
#include "TicketJson.h"

#include <algorithm>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include "../http/HttpErrors.h"
#include "DomainErrors.h"

namespace hss::server {

namespace {

/// A field name fit to quote: at most 64 bytes, cut at a UTF-8 character boundary.
std::string quotable(const std::string& name)
{
    std::size_t end = std::min<std::size_t>(name.size(), 64);
    while (end < name.size() && end > 0 && (static_cast<unsigned char>(name[end]) & 0xC0) == 0x80) {
        --end;
    }
    return name.substr(0, end);
}

/// Reads the members of one request object; the constructor refuses members it does not know.
class BodyReader final
{
public:
    BodyReader(const nlohmann::json& body, std::initializer_list<std::string_view> known)
        : m_body(body)
    {
        for (const auto& [key, value] : body.items()) {
            if (std::find(known.begin(), known.end(), key) == known.end()) {
                const std::string field = quotable(key);
                throw ValidationFailed("unknown field '" + field + "'", field);
            }
        }
    }

    /// The member, or nullptr when absent; null counts as absent unless \a nullIsValue.
    const nlohmann::json* find(const char* key, bool nullIsValue = false) const
    {
        const auto it = m_body.find(key);
        if (it == m_body.end() || (it->is_null() && !nullIsValue)) {
            return nullptr;
        }
        return &*it;
    }

    bool contains(const char* key) const { return m_body.contains(key); }

    std::optional<std::string> optionalString(const char* key) const
    {
        const nlohmann::json* value = find(key);
        if (!value) {
            return std::nullopt;
        }
        if (!value->is_string()) {
            throw ValidationFailed(std::string(key) + ": expected a string", key);
        }
        return value->get<std::string>();
    }

    std::string string(const char* key) const
    {
        auto value = optionalString(key);
        if (!value) {
            throw ValidationFailed(std::string(key) + ": this field is required", key);
        }
        return std::move(*value);
    }

    template <class E>
    std::optional<E> optionalEnumeration(const char* key, Result<E> (*parse)(std::string_view, std::string_view)) const
    {
        const auto text = optionalString(key);
        if (!text) {
            return std::nullopt;
        }
        auto parsed = parse(*text, key);
        if (!parsed) {
            throwDomainError(parsed.error());
        }
        return parsed.value();
    }

    template <class E>
    E enumeration(const char* key, Result<E> (*parse)(std::string_view, std::string_view)) const
    {
        const auto value = optionalEnumeration(key, parse);
        if (!value) {
            throw ValidationFailed(std::string(key) + ": this field is required", key);
        }
        return *value;
    }

    std::optional<Uuid> optionalUuid(const char* key) const
    {
        const auto text = optionalString(key);
        if (!text) {
            return std::nullopt;
        }
        auto parsed = Uuid::parse(*text, key);
        if (!parsed) {
            throwDomainError(parsed.error());
        }
        return parsed.value();
    }

    std::int64_t integer(const char* key, std::int64_t minimum) const
    {
        const nlohmann::json* value = find(key);
        if (!value) {
            throw ValidationFailed(std::string(key) + ": this field is required", key);
        }
        if (value->is_number_unsigned()) {
            if (value->get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
                throw ValidationFailed(std::string(key) + ": the number is too large", key);
            }
        } else if (!value->is_number_integer()) {
            throw ValidationFailed(std::string(key) + ": expected a whole number", key);
        }
        const auto number = value->get<std::int64_t>();
        if (number < minimum) {
            throw ValidationFailed(std::string(key) + ": must be at least " + std::to_string(minimum), key);
        }
        return number;
    }

private:
    const nlohmann::json& m_body;
};

} // namespace

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

Comment commentFromCreateBody(const nlohmann::json& body)
{
    const BodyReader reader(body, {"body", "visibility"});
    Comment comment;
    comment.body = reader.string("body");
    comment.visibility = reader.enumeration("visibility", &commentVisibilityFromString);
    return comment;
}

} // namespace hss::server
