// SPDX-License-Identifier: MIT
#include "HealthHistoryResource.h"

#include <algorithm>

#include <Poco/Net/HTTPServerResponse.h>

#include "../health/HealthSettings.h"
#include "../http/HttpErrors.h"
#include "../http/JsonResponse.h"
#include "../storage/HealthCheckRepository.h"
#include "QueryParams.h"
#include "hss/Timestamp.h"

namespace hss::server {

HealthHistoryResource::HealthHistoryResource(ServerServices& services, const PathParams&)
    : m_services(services)
{ }

void HealthHistoryResource::get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const QueryParams params(request);
    const auto service = params.text("service");
    const auto known = HealthSettings::fromConfig(m_services.config).checkedServices();
    if (service && std::find(known.begin(), known.end(), *service) == known.end()) {
        throw BadRequest("query parameter 'service' names no monitored service");
    }
    const int limit = params.integer("limit", 100, 1, 500);
    nlohmann::json items = nlohmann::json::array();
    for (const HealthCheckRecord& check : HealthCheckRepository(m_services.database).history(service, limit)) {
        items.push_back({{"service", check.service},
                         {"status", check.up() ? "up" : "down"},
                         {"state", std::string(toString(check.state))},
                         {"checked_at", formatTimestamp(check.checkedAt)},
                         {"latency_ms", check.latencyMs ? nlohmann::json(*check.latencyMs) : nlohmann::json()},
                         {"message", check.message ? nlohmann::json(*check.message) : nlohmann::json()}});
    }
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, {{"items", items}});
}

} // namespace hss::server
