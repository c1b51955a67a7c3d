// SPDX-License-Identifier: MIT
#include "HealthIncidentsResource.h"

#include <algorithm>

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../authz/AccessPolicy.h"
#include "../authz/Authenticator.h"
#include "../health/HealthSettings.h"
#include "../http/HttpErrors.h"
#include "../http/JsonResponse.h"
#include "../storage/HealthIncidentRepository.h"
#include "QueryParams.h"
#include "hss/Clock.h"
#include "hss/Timestamp.h"

namespace hss::server {

namespace {

constexpr int maxOffset = 1000000;

} // namespace

HealthIncidentsResource::HealthIncidentsResource(ServerServices& services, const PathParams&)
    : m_services(services)
{ }

void HealthIncidentsResource::get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal principal = m_services.authenticator.authenticate(request);
    AccessPolicy::requireAnyRole(principal, {Role::Admin, Role::Supervisor}, "read health incidents");
    const QueryParams params(request);
    const auto service = params.text("service");
    const auto known = HealthSettings::fromConfig(m_services.config).checkedServices();
    if (service && std::find(known.begin(), known.end(), *service) == known.end()) {
        throw BadRequest("query parameter 'service' names no monitored service");
    }
    const int limit = params.integer("limit", 50, 1, 500);
    const int offset = params.integer("offset", 0, 0, maxOffset);
    nlohmann::json items = nlohmann::json::array();
    for (const HealthIncident& incident : HealthIncidentRepository(m_services.database).list(service, limit, offset)) {
        const std::int64_t end = incident.endedAt.value_or(m_services.clock.nowMs());
        items.push_back(
            {{"id", incident.id},
             {"service", incident.service},
             {"started_at", formatTimestamp(incident.startedAt)},
             {"ended_at", incident.endedAt ? nlohmann::json(formatTimestamp(*incident.endedAt)) : nlohmann::json()},
             {"open", !incident.endedAt.has_value()},
             {"duration_seconds", std::max<std::int64_t>(0, end - incident.startedAt) / 1000},
             {"message", incident.message},
             {"resolution", incident.resolution ? nlohmann::json(*incident.resolution) : nlohmann::json()}});
    }
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, {{"items", items}, {"limit", limit}, {"offset", offset}});
}

} // namespace hss::server
