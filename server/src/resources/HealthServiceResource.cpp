// SPDX-License-Identifier: MIT
#include "HealthServiceResource.h"

#include <Poco/Net/HTTPServerResponse.h>

#include "../http/HttpErrors.h"
#include "../http/JsonResponse.h"
#include "HealthReport.h"

namespace hss::server {

HealthServiceResource::HealthServiceResource(ServerServices& services, const PathParams& params)
    : m_services(services)
    , m_service(params.at("service"))
{ }

void HealthServiceResource::get(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse& response)
{
    HealthReport report(m_services);
    const auto& known = report.settings().reportedServices();
    if (std::find(known.begin(), known.end(), m_service) == known.end()) {
        throw NotFound("no monitored service is called '" + m_service.substr(0, 64) + "'");
    }
    nlohmann::json entry = report.services().at(m_service);
    entry["service"] = m_service;
    sendJson(response,
             entry.at("state") == "down" ? Poco::Net::HTTPResponse::HTTP_SERVICE_UNAVAILABLE
                                         : Poco::Net::HTTPResponse::HTTP_OK,
             entry);
}

} // namespace hss::server
