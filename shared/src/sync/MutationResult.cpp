// SPDX-License-Identifier: MIT
#include "hss/sync/MutationResult.h"

#include <limits>

#include <nlohmann/json.hpp>

#include "../FieldRules.h"
#include "../JsonObjectReader.h"
#include "hss/sync/SyncLimits.h"

namespace hss::sync {

namespace {

constexpr std::int64_t int64Max = std::numeric_limits<std::int64_t>::max();

Status checkReason(const MutationResult& result)
{
    if (result.outcome == MutationOutcome::Applied && !result.reason.empty()) {
        return Error {ErrorCode::InvalidArgument, "reason", "an applied mutation has no reason"};
    }
    const bool required = result.outcome == MutationOutcome::Conflict || result.outcome == MutationOutcome::Rejected;
    return detail::checkText("reason", result.reason, maxReasonLength, required, detail::Lines::Multi);
}

Status checkRevision(const MutationResult& result)
{
    if (result.outcome == MutationOutcome::Rejected) {
        return detail::checkRange("revision", result.revision, 0, 0);
    }
    return detail::checkRange("revision", result.revision, 1, int64Max);
}

Status checkConflictFields(const MutationResult& result)
{
    if (result.conflictFields.size() > maxConflictFields) {
        return Error {ErrorCode::TooLong, "conflict_fields",
                      "at most " + std::to_string(maxConflictFields) + " fields"};
    }
    if (result.outcome == MutationOutcome::Conflict && result.conflictFields.empty()) {
        return Error {ErrorCode::MissingField, "conflict_fields", "a conflict names at least one field"};
    }
    for (std::size_t i = 0; i < result.conflictFields.size(); ++i) {
        const std::string field = "conflict_fields[" + std::to_string(i) + "]";
        if (auto valid =
                detail::checkText(field, result.conflictFields[i], maxFieldNameLength, true, detail::Lines::Single);
            !valid) {
            return valid;
        }
    }
    return okStatus();
}

} // namespace

Status validate(const MutationResult& result)
{
    using namespace detail;
    return firstFailure({
        checkId("mutation_id", result.mutationId),
        checkReason(result),
        checkRevision(result),
        result.ticketNumber ? checkRange("ticket_number", *result.ticketNumber, 1, int64Max) : okStatus(),
        checkConflictFields(result),
    });
}

nlohmann::json toJson(const MutationResult& result)
{
    return nlohmann::json {
        {"mutation_id", result.mutationId.toString()},
        {"outcome", toString(result.outcome)},
        {"reason", result.reason},
        {"revision", result.revision},
        {"ticket_number", result.ticketNumber ? nlohmann::json(*result.ticketNumber) : nlohmann::json(nullptr)},
        {"conflict_fields", result.conflictFields},
    };
}

Result<MutationResult> mutationResultFromJson(const nlohmann::json& json)
{
    detail::JsonObjectReader reader(json);
    MutationResult result;
    reader.uuid("mutation_id", result.mutationId);
    reader.enumeration("outcome", result.outcome, &mutationOutcomeFromString);
    reader.string("reason", result.reason);
    reader.integer("revision", result.revision);
    reader.optionalInteger("ticket_number", result.ticketNumber);
    reader.stringList("conflict_fields", result.conflictFields);
    if (auto status = reader.finish(); !status) {
        return status.error();
    }
    if (auto valid = validate(result); !valid) {
        return valid.error();
    }
    return result;
}

} // namespace hss::sync
