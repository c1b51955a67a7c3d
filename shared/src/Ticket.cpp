// SPDX-License-Identifier: MIT
#include "hss/Ticket.h"

#include <limits>

#include <nlohmann/json.hpp>

#include "FieldRules.h"
#include "JsonObjectReader.h"
#include "hss/JsonTextWriter.h"
#include "hss/Limits.h"
#include "hss/Timestamp.h"

namespace hss {

namespace {

using detail::Lines;

constexpr std::int64_t int64Max = std::numeric_limits<std::int64_t>::max();

Status checkMedicalCaseRef(const std::optional<std::string>& ref)
{
    if (!ref) {
        return okStatus();
    }
    if (auto text = detail::checkText("medical_case_ref", *ref, limits::medicalCaseRefMax, true, Lines::Single);
        !text) {
        return text;
    }
    bool valid = detail::isAsciiAlphanumeric(ref->front());
    for (const char c : *ref) {
        valid = valid && (detail::isAsciiAlphanumeric(c) || c == '-' || c == '_' || c == '.');
    }
    if (!valid) {
        return Error {ErrorCode::InvalidArgument, "medical_case_ref",
                      "use letters, digits, '-', '_' and '.', starting with a letter or digit"};
    }
    return okStatus();
}

nlohmann::json optionalTimestampJson(const std::optional<std::int64_t>& unixMs)
{
    return unixMs ? nlohmann::json(formatTimestamp(*unixMs)) : nlohmann::json(nullptr);
}

} // namespace

Status validate(const Ticket& ticket)
{
    using namespace detail;
    return firstFailure({
        checkId("id", ticket.id),
        ticket.number ? checkRange("number", *ticket.number, 1, int64Max) : okStatus(),
        checkText("title", ticket.title, limits::titleMax, true, Lines::Single),
        checkText("description", ticket.description, limits::descriptionMax, false, Lines::Multi),
        checkText("requester_name", ticket.requesterName, limits::nameMax, true, Lines::Single),
        checkEmail("requester_email", ticket.requesterEmail, false),
        ticket.assigneeId ? checkId("assignee_id", *ticket.assigneeId) : okStatus(),
        checkText("team", ticket.team, limits::teamNameMax, false, Lines::Single),
        checkMedicalCaseRef(ticket.medicalCaseRef),
        checkTimestamp("created_at", ticket.createdAt),
        checkTimestamp("updated_at", ticket.updatedAt),
        checkNotBefore("updated_at", ticket.updatedAt, "created_at", ticket.createdAt),
        checkOptionalTimestamp("first_response_at", ticket.firstResponseAt, ticket.createdAt, "created_at"),
        checkOptionalTimestamp("resolved_at", ticket.resolvedAt, ticket.createdAt, "created_at"),
        checkRange("escalation_level", ticket.escalationLevel, 0, limits::escalationLevelMax),
        checkRange("revision", ticket.revision, 0, int64Max),
    });
}

nlohmann::json toJson(const Ticket& ticket)
{
    return nlohmann::json {
        {"id", ticket.id.toString()},
        {"number", ticket.number ? nlohmann::json(*ticket.number) : nlohmann::json(nullptr)},
        {"title", ticket.title},
        {"description", ticket.description},
        {"priority", toString(ticket.priority)},
        {"category", toString(ticket.category)},
        {"status", toString(ticket.status)},
        {"channel", toString(ticket.channel)},
        {"requester_name", ticket.requesterName},
        {"requester_email", ticket.requesterEmail},
        {"assignee_id", ticket.assigneeId ? nlohmann::json(ticket.assigneeId->toString()) : nlohmann::json(nullptr)},
        {"team", ticket.team},
        {"medical_case_ref", ticket.medicalCaseRef ? nlohmann::json(*ticket.medicalCaseRef) : nlohmann::json(nullptr)},
        {"created_at", formatTimestamp(ticket.createdAt)},
        {"updated_at", formatTimestamp(ticket.updatedAt)},
        {"first_response_at", optionalTimestampJson(ticket.firstResponseAt)},
        {"resolved_at", optionalTimestampJson(ticket.resolvedAt)},
        {"escalation_level", ticket.escalationLevel},
        {"revision", ticket.revision},
    };
}

void writeJsonMembers(JsonTextWriter& out, const Ticket& ticket)
{
    const auto optionalTime = [&out](const std::optional<std::int64_t>& unixMs) {
        if (unixMs) {
            out.string(formatTimestamp(*unixMs));
        } else {
            out.null();
        }
    };
    out.key("assignee_id");
    if (ticket.assigneeId) {
        out.string(ticket.assigneeId->toString());
    } else {
        out.null();
    }
    out.key("category");
    out.string(toString(ticket.category));
    out.key("channel");
    out.string(toString(ticket.channel));
    out.key("created_at");
    out.string(formatTimestamp(ticket.createdAt));
    out.key("description");
    out.string(ticket.description);
    out.key("escalation_level");
    out.integer(ticket.escalationLevel);
    out.key("first_response_at");
    optionalTime(ticket.firstResponseAt);
    out.key("id");
    out.string(ticket.id.toString());
    out.key("medical_case_ref");
    if (ticket.medicalCaseRef) {
        out.string(*ticket.medicalCaseRef);
    } else {
        out.null();
    }
    out.key("number");
    if (ticket.number) {
        out.integer(*ticket.number);
    } else {
        out.null();
    }
    out.key("priority");
    out.string(toString(ticket.priority));
    out.key("requester_email");
    out.string(ticket.requesterEmail);
    out.key("requester_name");
    out.string(ticket.requesterName);
    out.key("resolved_at");
    optionalTime(ticket.resolvedAt);
    out.key("revision");
    out.integer(ticket.revision);
    out.key("status");
    out.string(toString(ticket.status));
    out.key("team");
    out.string(ticket.team);
    out.key("title");
    out.string(ticket.title);
    out.key("updated_at");
    out.string(formatTimestamp(ticket.updatedAt));
}

Result<Ticket> ticketFromJson(const nlohmann::json& json)
{
    detail::JsonObjectReader reader(json);
    Ticket ticket;
    reader.uuid("id", ticket.id);
    reader.optionalInteger("number", ticket.number);
    reader.string("title", ticket.title);
    reader.string("description", ticket.description);
    reader.enumeration("priority", ticket.priority, &priorityFromString);
    reader.enumeration("category", ticket.category, &categoryFromString);
    reader.enumeration("status", ticket.status, &ticketStatusFromString);
    reader.enumeration("channel", ticket.channel, &channelFromString);
    reader.string("requester_name", ticket.requesterName);
    reader.string("requester_email", ticket.requesterEmail);
    reader.optionalUuid("assignee_id", ticket.assigneeId);
    reader.string("team", ticket.team);
    reader.optionalString("medical_case_ref", ticket.medicalCaseRef);
    reader.timestamp("created_at", ticket.createdAt);
    reader.timestamp("updated_at", ticket.updatedAt);
    reader.optionalTimestamp("first_response_at", ticket.firstResponseAt);
    reader.optionalTimestamp("resolved_at", ticket.resolvedAt);
    reader.integer("escalation_level", ticket.escalationLevel);
    reader.integer("revision", ticket.revision);
    if (auto status = reader.finish(); !status) {
        return status.error();
    }
    if (auto valid = validate(ticket); !valid) {
        return valid.error();
    }
    return ticket;
}

} // namespace hss
