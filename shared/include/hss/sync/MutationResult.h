// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "hss/Result.h"
#include "hss/Uuid.h"
#include "hss/sync/MutationOutcome.h"

namespace hss::sync {

/// The server's answer to one pushed mutation; the console drops the outbox entry and shows the outcome.
/// JSON keys: mutation_id, outcome, reason, revision, ticket_number (null when absent), conflict_fields.
struct MutationResult
{
    Uuid mutationId;
    MutationOutcome outcome = MutationOutcome::Applied;
    std::string reason; ///< Empty for applied; required for conflict and rejected, so the user learns why.
    std::int64_t revision = 0; ///< The entity's revision after the mutation (>= 1); 0 when rejected.
    std::optional<std::int64_t> ticketNumber; ///< The human number (>= 1) when a ticket create got one.
    std::vector<std::string> conflictFields; ///< Fields whose losing value became a conflict note.

    /// Member-wise equality.
    friend bool operator==(const MutationResult&, const MutationResult&) = default;
};

/// Success, or the first broken rule with the JSON name of its field.
Status validate(const MutationResult& result);

/// The JSON object for \a result.
nlohmann::json toJson(const MutationResult& result);

/// Decodes and validates a mutation result.
Result<MutationResult> mutationResultFromJson(const nlohmann::json& json);

} // namespace hss::sync
