// SPDX-License-Identifier: MIT
#include "HealthResource.h"

#include <Poco/Net/HTTPServerResponse.h>

#include "../config/ServerConfig.h"
#include "../health/HealthChecks.h"
#include "../http/JsonResponse.h"
#include "../storage/Database.h"
#include "hss/Clock.h"
#include "hss/Version.h"

namespace hss::server {

HealthResource::HealthResource(ServerServices& services, const PathParams&)
    : m_services(services)
{ }

nlohmann::json HealthResource::currentServices(ServerServices& services)
{
    nlohmann::json result {{"api", {{"status", "up"}}}};
    for (const HealthCheckRecord& check :
         runHealthChecks(services.database, services.config.string("data.dir"), services.clock.nowMs())) {
        nlohmann::json entry {{"status", check.up ? "up" : "down"}, {"latencyMs", check.latencyMs.value_or(0.0)}};
        if (check.service == "database") {
            entry["backend"] = services.database.backend() == Database::Backend::SQLite ? "sqlite" : "postgresql";
        }
        if (check.message) {
            entry["message"] = *check.message;
        }
        result[check.service] = entry;
    }
    return result;
}

void HealthResource::get(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse& response)
{
    const nlohmann::json services = currentServices(m_services);
    bool healthy = true;
    for (const auto& [name, entry] : services.items()) {
        healthy = healthy && entry.at("status") == "up";
    }
    const auto uptime =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - m_services.startedAt);
    const nlohmann::json body {{"status", healthy ? "healthy" : "down"},
                               {"version", std::string(productVersion())},
                               {"protocolVersion", protocolVersion},
                               {"uptimeSeconds", uptime.count()},
                               {"services", services}};
    sendJson(response, healthy ? Poco::Net::HTTPResponse::HTTP_OK : Poco::Net::HTTPResponse::HTTP_SERVICE_UNAVAILABLE,
             body);
}

} // namespace hss::server
