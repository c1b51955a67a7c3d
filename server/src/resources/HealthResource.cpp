// SPDX-License-Identifier: MIT
#include "HealthResource.h"

#include <Poco/Net/HTTPServerResponse.h>

#include "../http/JsonResponse.h"
#include "HealthReport.h"
#include "hss/Version.h"

namespace hss::server {

HealthResource::HealthResource(ServerServices& services, const PathParams&)
    : m_services(services)
{ }

void HealthResource::get(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse& response)
{
    HealthReport report(m_services);
    const nlohmann::json services = report.services();
    const std::string status = HealthReport::overall(services);
    const auto uptime =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - m_services.startedAt);
    const nlohmann::json body {{"status", status},
                               {"version", std::string(productVersion())},
                               {"protocolVersion", protocolVersion},
                               {"minProtocolVersion", oldestProtocolVersion},
                               {"uptimeSeconds", uptime.count()},
                               {"services", services}};
    sendJson(response,
             status == "down" ? Poco::Net::HTTPResponse::HTTP_SERVICE_UNAVAILABLE : Poco::Net::HTTPResponse::HTTP_OK,
             body);
}

} // namespace hss::server
