// SPDX-License-Identifier: MIT
#include "SyncJson.h"

namespace hss::detail {

namespace {

constexpr std::int64_t hlcPhysicalLimit = 1'000'000'000'000'000'000;

} // namespace

std::string elementPrefix(std::string_view key, std::size_t index)
{
    return std::string(key) + "[" + std::to_string(index) + "].";
}

Status checkHlc(std::string_view field, const HlcTimestamp& hlc)
{
    if (!isValidHlcNodeId(hlc.nodeId)) {
        return Error {ErrorCode::InvalidArgument, std::string(field),
                      "clock stamp needs a node id of 1..64 characters from [A-Za-z0-9._:-]"};
    }
    if (hlc.physicalMs < 0 || hlc.physicalMs >= hlcPhysicalLimit) {
        return Error {ErrorCode::OutOfRange, std::string(field), "clock stamp physical time out of range"};
    }
    return okStatus();
}

void readHlc(JsonObjectReader& reader, std::string_view key, HlcTimestamp& out)
{
    std::string text;
    reader.string(key, text);
    if (reader.failed()) {
        return;
    }
    if (auto parsed = HlcTimestamp::parse(text, reader.fieldName(key))) {
        out = std::move(parsed).value();
    } else {
        reader.fail(parsed.error());
    }
}

nlohmann::json withoutMember(const nlohmann::json& json, std::string_view key)
{
    if (!json.is_object()) {
        return json;
    }
    nlohmann::json rest = nlohmann::json::object();
    for (const auto& [name, value] : json.items()) {
        if (name != key) {
            rest[name] = value;
        }
    }
    return rest;
}

void readObject(JsonObjectReader& reader, const nlohmann::json& source, std::string_view key, bool nullable,
                nlohmann::json& out)
{
    out = nullptr;
    if (reader.failed() || !source.is_object()) {
        return;
    }
    // contains() + at() rather than an iterator: GCC's -Wnull-dereference (an error in CI) misreads
    // nlohmann's iterator arrow operator at -O2.
    const std::string name(key);
    if (!source.contains(name) || source.at(name).is_null()) {
        if (!nullable) {
            reader.fail(Error {ErrorCode::MissingField, reader.fieldName(key), "required field is missing or null"});
        }
        return;
    }
    const nlohmann::json& value = source.at(name);
    if (!value.is_object()) {
        reader.fail(Error {ErrorCode::WrongType, reader.fieldName(key),
                           "expected a JSON object, got " + std::string(value.type_name())});
        return;
    }
    out = value;
}

} // namespace hss::detail
