// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "hss/Result.h"
#include "hss/sync/Mutation.h"

namespace hss::sync {

/// One push from a console: a batch of outbox entries in the order they were made. JSON keys: device_id, mutations.
struct PushRequest
{
    std::string deviceId; ///< The console's id, with the character rules of an HLC node id (isValidHlcNodeId()).
    std::vector<Mutation> mutations; ///< 1..maxPushBatch, no two with the same mutation id.

    /// Member-wise equality.
    friend bool operator==(const PushRequest&, const PushRequest&) = default;
};

/// Success, or the first broken rule with the JSON name of its field ("mutations[3].fields").
Status validate(const PushRequest& request);

/// The JSON object for \a request.
nlohmann::json toJson(const PushRequest& request);

/// Decodes and validates a push request; more than maxPushBatch mutations are refused before any is decoded.
Result<PushRequest> pushRequestFromJson(const nlohmann::json& json);

} // namespace hss::sync
