// SPDX-License-Identifier: MIT
#include "hss/sync/PushRequest.h"

#include <set>

#include <nlohmann/json.hpp>

#include "SyncJson.h"
#include "hss/HlcTimestamp.h"
#include "hss/sync/SyncLimits.h"

namespace hss::sync {

namespace {

Status checkDeviceId(const std::string& deviceId)
{
    if (deviceId.empty()) {
        return Error {ErrorCode::MissingField, "device_id", "the console's device id is required"};
    }
    if (!isValidHlcNodeId(deviceId)) {
        return Error {ErrorCode::InvalidArgument, "device_id", "use 1..64 characters from [A-Za-z0-9._:-]"};
    }
    return okStatus();
}

Status checkCount(std::size_t count)
{
    if (count == 0) {
        return Error {ErrorCode::MissingField, "mutations", "a push carries at least one mutation"};
    }
    if (count > maxPushBatch) {
        return Error {ErrorCode::TooLong, "mutations", "at most " + std::to_string(maxPushBatch) + " mutations"};
    }
    return okStatus();
}

/// A retried outbox entry must not be sent twice in one batch: the server would apply it once and answer twice.
Status checkUniqueIds(const std::vector<Mutation>& mutations)
{
    std::set<Uuid> ids;
    for (std::size_t i = 0; i < mutations.size(); ++i) {
        if (!ids.insert(mutations[i].mutationId).second) {
            return Error {ErrorCode::Conflict, detail::elementPrefix("mutations", i) + "mutation_id",
                          "two mutations share this id"};
        }
    }
    return okStatus();
}

} // namespace

Status validate(const PushRequest& request)
{
    if (auto valid = checkDeviceId(request.deviceId); !valid) {
        return valid;
    }
    if (auto valid = checkCount(request.mutations.size()); !valid) {
        return valid;
    }
    if (auto valid = detail::validateEach("mutations", request.mutations); !valid) {
        return valid;
    }
    return checkUniqueIds(request.mutations);
}

nlohmann::json toJson(const PushRequest& request)
{
    nlohmann::json mutations = nlohmann::json::array();
    for (const auto& mutation : request.mutations) {
        mutations.push_back(toJson(mutation));
    }
    return nlohmann::json {
        {"device_id", request.deviceId},
        {"mutations", std::move(mutations)},
    };
}

Result<PushRequest> pushRequestFromJson(const nlohmann::json& json)
{
    detail::JsonObjectReader reader(json);
    PushRequest request;
    reader.string("device_id", request.deviceId);
    if (!reader.failed()) {
        if (auto valid = checkDeviceId(request.deviceId); !valid) {
            reader.fail(valid.error());
        }
    }
    // readArray refuses an oversized batch before decoding any element; each element is validated as decoded.
    detail::readArray(reader, "mutations", maxPushBatch, &mutationFromJson, request.mutations);
    if (auto status = reader.finish(); !status) {
        return status.error();
    }
    if (auto valid = checkCount(request.mutations.size()); !valid) {
        return valid.error();
    }
    if (auto valid = checkUniqueIds(request.mutations); !valid) {
        return valid.error();
    }
    return request;
}

} // namespace hss::sync
