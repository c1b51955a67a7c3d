// SPDX-License-Identifier: MIT
#include "hss/sync/Change.h"

#include <limits>

#include "../FieldRules.h"
#include "SyncJson.h"
#include "hss/JsonTextWriter.h"

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

/// Only a live ticket's change says whether it has clocks.
bool hasSlaMember(const Change& change)
{
    return change.entity == SyncEntity::Ticket && !change.deleted;
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
    return toJson(Change(change));
}

nlohmann::json toJson(Change&& change)
{
    // Member by member: an initializer list would copy data, the bulk of a change.
    nlohmann::json json = nlohmann::json::object();
    json["entity"] = toString(change.entity);
    json["id"] = change.id.toString();
    json["sequence"] = change.sequence;
    json["revision"] = change.revision;
    json["deleted"] = change.deleted;
    json["hlc"] = change.hlc.toString();
    json["data"] = std::move(change.data);
    if (hasSlaMember(change)) {
        // Compact: a quarter of the object form's size, and an initial sync carries one per ticket.
        json["sla"] = change.sla ? sla::toCompactJson(*change.sla) : nlohmann::json(nullptr);
    }
    return json;
}

void writeJson(JsonTextWriter& out, const Change& change)
{
    // Members in name order, as the DOM of toJson() keeps and writes them.
    out.beginObject();
    out.key("data");
    out.value(change.data);
    out.key("deleted");
    out.boolean(change.deleted);
    out.key("entity");
    out.string(toString(change.entity));
    out.key("hlc");
    out.string(change.hlc.toString());
    out.key("id");
    out.string(change.id.toString());
    out.key("revision");
    out.integer(change.revision);
    out.key("sequence");
    out.integer(change.sequence);
    if (hasSlaMember(change)) {
        out.key("sla");
        if (change.sla) {
            sla::writeCompactJson(out, *change.sla);
        } else {
            out.null();
        }
    }
    out.endObject();
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
