// SPDX-License-Identifier: MIT
#include "hss/sync/FieldStamp.h"

#include <algorithm>
#include <limits>

#include <nlohmann/json.hpp>

#include "../FieldRules.h"
#include "../MessageText.h"
#include "SyncJson.h"
#include "hss/Utf8.h"
#include "hss/sync/TicketPatch.h"

namespace hss::sync {

namespace {

constexpr std::size_t plainKeyMax = 64;

bool isTicketPatchField(std::string_view name)
{
    return std::find(ticketPatchFields.begin(), ticketPatchFields.end(), name) != ticketPatchFields.end();
}

Error unknownField(const std::string& name)
{
    const bool plain = name.size() <= plainKeyMax && isValidUtf8(name);
    return Error {ErrorCode::UnknownField, plain ? name : detail::quoteForMessage(name),
                  "not a ticket field a mutation can change"};
}

Status checkStamp(const std::string& name, const FieldStamp& stamp)
{
    return detail::firstFailure({
        detail::checkHlc(name + ".hlc", stamp.hlc),
        detail::checkRange(name + ".revision", stamp.revision, 0, std::numeric_limits<std::int64_t>::max()),
    });
}

} // namespace

Status validate(const TicketFieldStamps& stamps)
{
    for (const auto& [name, stamp] : stamps) {
        if (!isTicketPatchField(name)) {
            return unknownField(name);
        }
        if (auto valid = checkStamp(name, stamp); !valid) {
            return valid;
        }
    }
    return okStatus();
}

nlohmann::json toJson(const TicketFieldStamps& stamps)
{
    nlohmann::json json = nlohmann::json::object();
    for (const auto& [name, stamp] : stamps) {
        json[name] = nlohmann::json {{"hlc", stamp.hlc.toString()}, {"revision", stamp.revision}};
    }
    return json;
}

Result<TicketFieldStamps> ticketFieldStampsFromJson(const nlohmann::json& json)
{
    if (!json.is_object()) {
        return Error {ErrorCode::WrongType, "", "expected a JSON object, got " + std::string(json.type_name())};
    }
    TicketFieldStamps stamps;
    for (const auto& [name, value] : json.items()) {
        if (!isTicketPatchField(name)) {
            return unknownField(name);
        }
        detail::JsonObjectReader reader(value, name + ".");
        FieldStamp stamp;
        detail::readHlc(reader, "hlc", stamp.hlc);
        reader.integer("revision", stamp.revision);
        if (auto status = reader.finish(); !status) {
            return status.error();
        }
        if (auto valid = checkStamp(name, stamp); !valid) {
            return valid.error();
        }
        stamps.emplace(name, std::move(stamp));
    }
    return stamps;
}

TicketFieldStamps restampChangedFields(const Ticket& before, const Ticket& after, TicketFieldStamps stamps,
                                       const HlcTimestamp& hlc, std::int64_t revision)
{
    const nlohmann::json old = toJson(before);
    const nlohmann::json now = toJson(after);
    for (const std::string_view field : ticketPatchFields) {
        const std::string name(field);
        if (old.at(name) != now.at(name)) {
            stamps[name] = FieldStamp {hlc, revision};
        }
    }
    return stamps;
}

} // namespace hss::sync
