// SPDX-License-Identifier: MIT
#include "hss/sync/Mutation.h"

#include <limits>

#include "../FieldRules.h"
#include "SyncJson.h"
#include "hss/JsonText.h"
#include "hss/Timestamp.h"
#include "hss/sync/SyncLimits.h"

namespace hss::sync {

namespace {

Status checkBaseRevision(const Mutation& mutation)
{
    if (mutation.kind == MutationKind::Create && mutation.baseRevision != 0) {
        return Error {ErrorCode::OutOfRange, "base_revision", "a create has no base revision: send 0"};
    }
    return detail::checkRange("base_revision", mutation.baseRevision, 0, std::numeric_limits<std::int64_t>::max());
}

Status checkFields(const nlohmann::json& fields)
{
    if (!fields.is_object()) {
        return Error {ErrorCode::WrongType, "fields", "expected a JSON object, got " + std::string(fields.type_name())};
    }
    if (const std::size_t bytes = toJsonText(fields).size(); bytes > maxFieldsBytes) {
        return Error {ErrorCode::TooLong, "fields",
                      std::to_string(bytes) + " bytes of JSON, at most " + std::to_string(maxFieldsBytes)};
    }
    return okStatus();
}

} // namespace

bool isMutationAllowed(SyncEntity entity, MutationKind kind)
{
    switch (entity) {
    case SyncEntity::Ticket:
        return true;
    case SyncEntity::Comment:
    case SyncEntity::Feedback:
    case SyncEntity::KbVote:
        return kind == MutationKind::Create;
    case SyncEntity::Enrollment:
        return kind == MutationKind::Create || kind == MutationKind::Update;
    case SyncEntity::KbArticle:
    case SyncEntity::Course:
    case SyncEntity::UsageFigures:
        return false;
    }
    return false;
}

Status validate(const Mutation& mutation)
{
    using namespace detail;
    return firstFailure({
        checkId("mutation_id", mutation.mutationId),
        checkId("entity_id", mutation.entityId),
        checkBaseRevision(mutation),
        checkFields(mutation.fields),
        checkTimestamp("device_time", mutation.deviceTimeMs),
        checkHlc("hlc", mutation.hlc),
    });
}

nlohmann::json toJson(const Mutation& mutation)
{
    return nlohmann::json {
        {"mutation_id", mutation.mutationId.toString()},
        {"entity", toString(mutation.entity)},
        {"entity_id", mutation.entityId.toString()},
        {"kind", toString(mutation.kind)},
        {"base_revision", mutation.baseRevision},
        {"fields", mutation.fields},
        {"device_time", formatTimestamp(mutation.deviceTimeMs)},
        {"hlc", mutation.hlc.toString()},
    };
}

Result<Mutation> mutationFromJson(const nlohmann::json& json)
{
    const nlohmann::json rest = detail::withoutMember(json, "fields");
    detail::JsonObjectReader reader(rest);
    Mutation mutation;
    reader.uuid("mutation_id", mutation.mutationId);
    reader.enumeration("entity", mutation.entity, &syncEntityFromString);
    reader.uuid("entity_id", mutation.entityId);
    reader.enumeration("kind", mutation.kind, &mutationKindFromString);
    reader.integer("base_revision", mutation.baseRevision);
    detail::readObject(reader, json, "fields", false, mutation.fields);
    reader.timestamp("device_time", mutation.deviceTimeMs);
    detail::readHlc(reader, "hlc", mutation.hlc);
    if (auto status = reader.finish(); !status) {
        return status.error();
    }
    if (auto valid = validate(mutation); !valid) {
        return valid.error();
    }
    return mutation;
}

} // namespace hss::sync
