// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "hss/HlcTimestamp.h"
#include "hss/Result.h"
#include "hss/sync/MutationResult.h"

namespace hss::sync {

/// The server's answer to a push: one result per mutation, in the request's order, and the server's clock so the
/// console's hybrid logical clock can catch up. JSON keys: results, server_hlc.
struct PushResponse
{
    std::vector<MutationResult> results; ///< At most maxPushBatch, no two for the same mutation id.
    HlcTimestamp serverHlc;

    /// Member-wise equality.
    friend bool operator==(const PushResponse&, const PushResponse&) = default;
};

/// Success, or the first broken rule with the JSON name of its field ("results[0].reason").
Status validate(const PushResponse& response);

/// The JSON object for \a response.
nlohmann::json toJson(const PushResponse& response);

/// Decodes and validates a push response.
Result<PushResponse> pushResponseFromJson(const nlohmann::json& json);

} // namespace hss::sync
