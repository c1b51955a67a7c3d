// SPDX-License-Identifier: MIT
#include "HealthServiceResource.h"

#include <Poco/Net/HTTPServerResponse.h>

#include "../http/HttpErrors.h"
#include "../http/JsonResponse.h"
#include "HealthResource.h"

namespace hss::server {

HealthServiceResource::HealthServiceResource(ServerServices& services, const PathParams& params)
    : m_services(services)
    , m_service(params.at("service"))
{ }

void HealthServiceResource::get(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse& response)
{
    const nlohmann::json services = HealthResource::currentServices(m_services);
    if (!services.contains(m_service)) {
        throw NotFound("no monitored service is called '" + m_service.substr(0, 64) + "'");
    }
    nlohmann::json entry = services.at(m_service);
    entry["service"] = m_service;
    sendJson(response,
             entry.at("status") == "up" ? Poco::Net::HTTPResponse::HTTP_OK
                                        : Poco::Net::HTTPResponse::HTTP_SERVICE_UNAVAILABLE,
             entry);
}

} // namespace hss::server
