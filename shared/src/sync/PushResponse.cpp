// SPDX-License-Identifier: MIT
#include "hss/sync/PushResponse.h"

#include <set>

#include <nlohmann/json.hpp>

#include "SyncJson.h"
#include "hss/sync/SyncLimits.h"

namespace hss::sync {

namespace {

/// Batch size, unique mutation ids and the clock; each result is checked separately.
Status checkBatch(const PushResponse& response)
{
    if (response.results.size() > maxPushBatch) {
        return Error {ErrorCode::TooLong, "results", "at most " + std::to_string(maxPushBatch) + " results"};
    }
    std::set<Uuid> ids;
    for (std::size_t i = 0; i < response.results.size(); ++i) {
        if (!ids.insert(response.results[i].mutationId).second) {
            return Error {ErrorCode::Conflict, detail::elementPrefix("results", i) + "mutation_id",
                          "two results answer the same mutation"};
        }
    }
    return detail::checkHlc("server_hlc", response.serverHlc);
}

} // namespace

Status validate(const PushResponse& response)
{
    if (auto valid = detail::validateEach("results", response.results); !valid) {
        return valid;
    }
    return checkBatch(response);
}

nlohmann::json toJson(const PushResponse& response)
{
    nlohmann::json results = nlohmann::json::array();
    for (const auto& result : response.results) {
        results.push_back(toJson(result));
    }
    return nlohmann::json {
        {"results", std::move(results)},
        {"server_hlc", response.serverHlc.toString()},
    };
}

Result<PushResponse> pushResponseFromJson(const nlohmann::json& json)
{
    detail::JsonObjectReader reader(json);
    PushResponse response;
    detail::readArray(reader, "results", maxPushBatch, &mutationResultFromJson, response.results);
    detail::readHlc(reader, "server_hlc", response.serverHlc);
    if (auto status = reader.finish(); !status) {
        return status.error();
    }
    // Each result was validated while decoding.
    if (auto valid = checkBatch(response); !valid) {
        return valid.error();
    }
    return response;
}

} // namespace hss::sync
