// SPDX-License-Identifier: MIT
#include "hss/sync/TicketPatch.h"

#include <algorithm>
#include <limits>
#include <utility>

#include <nlohmann/json.hpp>

#include "../MessageText.h"
#include "hss/Utf8.h"

namespace hss::sync {

namespace {

constexpr std::array<std::string_view, 7> serverOwnedFields {
    "id", "number", "created_at", "updated_at", "first_response_at", "resolved_at", "revision",
};
constexpr std::size_t plainKeyMax = 64;

/// Reads the members of a patch object. Unlike JsonObjectReader, null is a value here: it clears the two nullable
/// fields and is a wrong type for the others, never "not changed". The first problem wins.
class PatchReader final
{
public:
    explicit PatchReader(const nlohmann::json& fields)
        : m_fields(fields)
    { }

    void text(const char* key, std::optional<std::string>& out)
    {
        if (const auto* value = find(key); value != nullptr) {
            if (value->is_string()) {
                out = value->get<std::string>();
            } else {
                wrongType(key, *value, "a string");
            }
        }
    }

    void nullableText(const char* key, std::optional<std::optional<std::string>>& out)
    {
        if (const auto* value = find(key); value != nullptr) {
            if (value->is_null()) {
                out.emplace(std::nullopt);
            } else if (value->is_string()) {
                out.emplace(value->get<std::string>());
            } else {
                wrongType(key, *value, "a string or null");
            }
        }
    }

    void nullableUuid(const char* key, std::optional<std::optional<Uuid>>& out)
    {
        std::optional<std::optional<std::string>> text;
        nullableText(key, text);
        if (text && *text) {
            accept(Uuid::parse(**text, key), out.emplace().emplace());
        } else if (text) {
            out.emplace(std::nullopt);
        }
    }

    template <class E>
    void enumeration(const char* key, std::optional<E>& out, Result<E> (*parse)(std::string_view, std::string_view))
    {
        std::optional<std::string> text;
        this->text(key, text);
        if (text) {
            accept(parse(*text, key), out.emplace());
        }
    }

    void integer(const char* key, std::optional<int>& out)
    {
        const auto* value = find(key);
        if (value == nullptr) {
            return;
        }
        if (!value->is_number_integer()) {
            wrongType(key, *value, "an integer");
            return;
        }
        const bool tooLarge = value->is_number_unsigned()
            && value->get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<int>::max());
        const std::int64_t wide = tooLarge ? 0 : value->get<std::int64_t>();
        if (tooLarge || std::cmp_less(wide, std::numeric_limits<int>::min())
            || std::cmp_greater(wide, std::numeric_limits<int>::max())) {
            fail(Error {ErrorCode::OutOfRange, key, "integer does not fit"});
            return;
        }
        out = static_cast<int>(wide);
    }

    const std::optional<Error>& error() const noexcept { return m_error; }

private:
    const nlohmann::json* find(const char* key) const
    {
        const auto it = m_fields.find(key);
        return m_error || it == m_fields.end() ? nullptr : &*it;
    }

    void wrongType(const char* key, const nlohmann::json& value, const char* expected)
    {
        fail(Error {ErrorCode::WrongType, key, std::string("expected ") + expected + ", got " + value.type_name()});
    }

    template <class T>
    void accept(Result<T> result, T& out)
    {
        if (result) {
            out = std::move(result).value();
        } else {
            fail(result.error());
        }
    }

    void fail(Error error)
    {
        if (!m_error) {
            m_error = std::move(error);
        }
    }

    const nlohmann::json& m_fields;
    std::optional<Error> m_error;
};

/// Refuses server-owned and unknown keys before any value is read.
Status checkKeys(const nlohmann::json& fields)
{
    for (const std::string_view key : serverOwnedFields) {
        if (fields.contains(key)) {
            return Error {ErrorCode::InvalidArgument, std::string(key),
                          "set by the server; a mutation cannot change it"};
        }
    }
    for (const auto& [key, value] : fields.items()) {
        if (std::find(ticketPatchFields.begin(), ticketPatchFields.end(), key) == ticketPatchFields.end()) {
            // The key comes from the input: keep it readable without copying invalid UTF-8 into the error.
            const bool plain = key.size() <= plainKeyMax && isValidUtf8(key);
            return Error {ErrorCode::UnknownField, plain ? key : detail::quoteForMessage(key),
                          "field is not part of a ticket change"};
        }
    }
    return okStatus();
}

/// A valid ticket to apply a patch to, so validate(TicketPatch) reuses every rule of validate(Ticket).
Ticket placeholderTicket()
{
    Ticket ticket;
    ticket.id = Uuid(Uuid::Bytes {0, 0, 0, 0, 0, 0, 0x70, 0, 0x80, 0, 0, 0, 0, 0, 0, 1});
    ticket.title = "placeholder";
    ticket.requesterName = "placeholder";
    return ticket;
}

template <class T>
void putIfPresent(nlohmann::json& json, std::string_view key, const std::optional<T>& value)
{
    if (value) {
        json[std::string(key)] = *value;
    }
}

template <class E>
void putEnumIfPresent(nlohmann::json& json, std::string_view key, const std::optional<E>& value)
{
    if (value) {
        json[std::string(key)] = toString(*value);
    }
}

} // namespace

Status validate(const TicketPatch& patch)
{
    return validate(applyPatch(placeholderTicket(), patch));
}

nlohmann::json toJson(const TicketPatch& patch)
{
    nlohmann::json json = nlohmann::json::object();
    putIfPresent(json, "title", patch.title);
    putIfPresent(json, "description", patch.description);
    putEnumIfPresent(json, "priority", patch.priority);
    putEnumIfPresent(json, "category", patch.category);
    putEnumIfPresent(json, "status", patch.status);
    putEnumIfPresent(json, "channel", patch.channel);
    putIfPresent(json, "requester_name", patch.requesterName);
    putIfPresent(json, "requester_email", patch.requesterEmail);
    if (patch.assigneeId) {
        json["assignee_id"] = *patch.assigneeId ? nlohmann::json((*patch.assigneeId)->toString()) : nullptr;
    }
    putIfPresent(json, "team", patch.team);
    if (patch.medicalCaseRef) {
        json["medical_case_ref"] = *patch.medicalCaseRef ? nlohmann::json(**patch.medicalCaseRef) : nullptr;
    }
    putIfPresent(json, "escalation_level", patch.escalationLevel);
    return json;
}

Result<TicketPatch> ticketPatchFromJson(const nlohmann::json& fields)
{
    if (!fields.is_object()) {
        return Error {ErrorCode::WrongType, "", "expected a JSON object, got " + std::string(fields.type_name())};
    }
    if (auto keys = checkKeys(fields); !keys) {
        return keys.error();
    }
    TicketPatch patch;
    PatchReader reader(fields);
    reader.text("title", patch.title);
    reader.text("description", patch.description);
    reader.enumeration("priority", patch.priority, &priorityFromString);
    reader.enumeration("category", patch.category, &categoryFromString);
    reader.enumeration("status", patch.status, &ticketStatusFromString);
    reader.enumeration("channel", patch.channel, &channelFromString);
    reader.text("requester_name", patch.requesterName);
    reader.text("requester_email", patch.requesterEmail);
    reader.nullableUuid("assignee_id", patch.assigneeId);
    reader.text("team", patch.team);
    reader.nullableText("medical_case_ref", patch.medicalCaseRef);
    reader.integer("escalation_level", patch.escalationLevel);
    if (reader.error()) {
        return *reader.error();
    }
    if (auto valid = validate(patch); !valid) {
        return valid.error();
    }
    return patch;
}

std::vector<std::string> fieldNames(const TicketPatch& patch)
{
    const std::array<bool, ticketPatchFields.size()> present {
        patch.title.has_value(),         patch.description.has_value(),    patch.priority.has_value(),
        patch.category.has_value(),      patch.status.has_value(),         patch.channel.has_value(),
        patch.requesterName.has_value(), patch.requesterEmail.has_value(), patch.assigneeId.has_value(),
        patch.team.has_value(),          patch.medicalCaseRef.has_value(), patch.escalationLevel.has_value(),
    };
    std::vector<std::string> names;
    for (std::size_t i = 0; i < present.size(); ++i) {
        if (present.at(i)) {
            names.emplace_back(ticketPatchFields.at(i));
        }
    }
    return names;
}

Ticket applyPatch(Ticket ticket, const TicketPatch& patch)
{
    ticket.title = patch.title.value_or(ticket.title);
    ticket.description = patch.description.value_or(ticket.description);
    ticket.priority = patch.priority.value_or(ticket.priority);
    ticket.category = patch.category.value_or(ticket.category);
    ticket.status = patch.status.value_or(ticket.status);
    ticket.channel = patch.channel.value_or(ticket.channel);
    ticket.requesterName = patch.requesterName.value_or(ticket.requesterName);
    ticket.requesterEmail = patch.requesterEmail.value_or(ticket.requesterEmail);
    ticket.assigneeId = patch.assigneeId.value_or(ticket.assigneeId);
    ticket.team = patch.team.value_or(ticket.team);
    ticket.medicalCaseRef = patch.medicalCaseRef.value_or(ticket.medicalCaseRef);
    ticket.escalationLevel = patch.escalationLevel.value_or(ticket.escalationLevel);
    return ticket;
}

} // namespace hss::sync
