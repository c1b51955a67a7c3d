// SPDX-License-Identifier: MIT
#include "hss/sync/Change.h"

#include <limits>

#include "../FieldRules.h"
#include "SyncJson.h"

namespace hss::sync {

namespace {

constexpr std::int64_t int64Max = std::numeric_limits<std::int64_t>::max();

Status checkData(const Change& change)
{
    if (change.deleted) {
        if (!change.data.is_null()) {
            return Error {ErrorCode::InvalidArgument, "data", "a tombstone carries no data: send null"};
        }
        return okStatus();
    }
    if (change.data.is_null()) {
        return Error {ErrorCode::MissingField, "data", "a change that is not a tombstone carries the entity"};
    }
    if (!change.data.is_object()) {
        return Error {ErrorCode::WrongType, "data",
                      "expected a JSON object, got " + std::string(change.data.type_name())};
    }
    return okStatus();
}

Status checkSla(const Change& change)
{
    if (change.sla && (change.entity != SyncEntity::Ticket || change.deleted)) {
        return Error {ErrorCode::InvalidArgument, "sla", "only a live ticket's change carries SLA clocks"};
    }
    return okStatus();
}

/// \a json without the members the reader cannot read itself, copied once (initial syncs decode many thousands).
nlohmann::json withoutDataAndSla(const nlohmann::json& json)
{
    if (!json.is_object()) {
        return json;
    }
    nlohmann::json rest = nlohmann::json::object();
    for (const auto& [name, value] : json.items()) {
        if (name != "data" && name != "sla") {
            rest[name] = value;
        }
    }
    return rest;
}

/// Reads the optional "sla" member: absent or null gives no clocks; the compact form (an array) as servers write it,
/// or the ticket endpoints' object form as servers before the compact form did.
void readSla(detail::JsonObjectReader& reader, const nlohmann::json& json, std::optional<sla::SlaReport>& out)
{
    out.reset();
    const auto member = json.find("sla");
    if (reader.failed() || member == json.end() || member->is_null()) {
        return;
    }
    auto report = member->is_array() ? sla::slaReportFromCompactJson(*member) : sla::slaReportFromJson(*member);
    if (!report) {
        reader.fail(withFieldPrefix(std::move(report).error(), "sla."));
        return;
    }
    out = std::move(report).value();
}

} // namespace

Status validate(const Change& change)
{
    using namespace detail;
    return firstFailure({
        checkId("id", change.id),
        checkRange("sequence", change.sequence, 1, int64Max),
        checkRange("revision", change.revision, 1, int64Max),
        checkHlc("hlc", change.hlc),
        checkData(change),
        checkSla(change),
    });
}

nlohmann::json toJson(const Change& change)
{
    nlohmann::json json {
        {"entity", toString(change.entity)},
        {"id", change.id.toString()},
        {"sequence", change.sequence},
        {"revision", change.revision},
        {"deleted", change.deleted},
        {"hlc", change.hlc.toString()},
        {"data", change.data},
    };
    if (change.entity == SyncEntity::Ticket && !change.deleted) {
        // Compact: a quarter of the object form's size, and an initial sync carries one per ticket.
        json["sla"] = change.sla ? sla::toCompactJson(*change.sla) : nlohmann::json(nullptr);
    }
    return json;
}

Result<Change> changeFromJson(const nlohmann::json& json)
{
    const nlohmann::json rest = withoutDataAndSla(json);
    detail::JsonObjectReader reader(rest);
    Change change;
    reader.enumeration("entity", change.entity, &syncEntityFromString);
    reader.uuid("id", change.id);
    reader.integer("sequence", change.sequence);
    reader.integer("revision", change.revision);
    reader.boolean("deleted", change.deleted);
    detail::readHlc(reader, "hlc", change.hlc);
    detail::readObject(reader, json, "data", true, change.data);
    readSla(reader, json, change.sla);
    if (auto status = reader.finish(); !status) {
        return status.error();
    }
    if (auto valid = validate(change); !valid) {
        return valid.error();
    }
    return change;
}

} // namespace hss::sync
