// SPDX-License-Identifier: MIT
#include "HealthHistoryBucketsResource.h"

#include <algorithm>

#include <Poco/Net/HTTPServerResponse.h>

#include "../health/HealthSettings.h"
#include "../http/HttpErrors.h"
#include "../http/JsonResponse.h"
#include "../storage/HealthCheckRepository.h"
#include "QueryParams.h"
#include "hss/Clock.h"
#include "hss/Timestamp.h"

namespace hss::server {

namespace {

constexpr int maxBucketSeconds = 31 * 24 * 3600;
// Bounds the answer (and the client's chart): 90 days in buckets of 15 minutes, per service.
constexpr std::int64_t maxBuckets = 10000;

nlohmann::json optionalNumber(const std::optional<double>& value)
{
    return value ? nlohmann::json(*value) : nlohmann::json();
}

} // namespace

HealthHistoryBucketsResource::HealthHistoryBucketsResource(ServerServices& services, const PathParams&)
    : m_services(services)
{ }

void HealthHistoryBucketsResource::get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const QueryParams params(request);
    const auto service = params.text("service");
    const auto known = HealthSettings::fromConfig(m_services.config).checkedServices();
    if (service && std::find(known.begin(), known.end(), *service) == known.end()) {
        throw BadRequest("query parameter 'service' names no monitored service");
    }
    if (!params.text("bucket")) {
        throw BadRequest("query parameter 'bucket' (the bucket width in seconds) is required");
    }
    const std::int64_t widthMs = std::int64_t {params.integer("bucket", 0, 1, maxBucketSeconds)} * 1000;
    const auto from = params.timestamp("from");
    if (!from) {
        throw BadRequest("query parameter 'from' is required");
    }
    const std::int64_t to = params.timestamp("to").value_or(m_services.clock.nowMs());
    if (*from > to) {
        throw BadRequest("query parameter 'from' must not be after 'to'");
    }
    if ((to - *from) / widthMs >= maxBuckets) {
        throw BadRequest("query parameter 'bucket' is too small for the period: at most " + std::to_string(maxBuckets)
                         + " buckets");
    }
    nlohmann::json buckets = nlohmann::json::array();
    for (const HealthCheckBucket& bucket :
         HealthCheckRepository(m_services.database).buckets(service, *from, to, widthMs)) {
        buckets.push_back({{"service", bucket.service},
                           {"start", formatTimestamp(bucket.startMs)},
                           {"checks", bucket.counts.total()},
                           {"healthy", bucket.counts.healthy},
                           {"degraded", bucket.counts.degraded},
                           {"down", bucket.counts.down},
                           {"timed", bucket.timed},
                           {"latency_avg_ms", optionalNumber(bucket.latencyAvgMs)},
                           {"latency_max_ms", optionalNumber(bucket.latencyMaxMs)},
                           {"changes", bucket.changes},
                           {"first_checked_at", formatTimestamp(bucket.firstCheckedAt)}});
    }
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK,
             {{"bucket_seconds", widthMs / 1000},
              {"from", formatTimestamp(*from)},
              {"to", formatTimestamp(to)},
              {"buckets", std::move(buckets)}});
}

} // namespace hss::server
