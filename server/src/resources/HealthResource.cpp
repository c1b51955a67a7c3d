// SPDX-License-Identifier: MIT
#include "HealthResource.h"

#include <Poco/Net/HTTPServerResponse.h>
#include <nlohmann/json.hpp>

#include "../http/JsonResponse.h"
#include "../storage/Database.h"
#include "hss/Version.h"

namespace hss::server {

HealthResource::HealthResource(Database& database, std::chrono::steady_clock::time_point startedAt)
    : m_database(database)
    , m_startedAt(startedAt)
{ }

void HealthResource::get(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse& response)
{
    const auto checkStarted = std::chrono::steady_clock::now();
    const std::string databaseError = m_database.ping();
    const auto latency = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - checkStarted);
    const bool healthy = databaseError.empty();

    nlohmann::json database {{"status", healthy ? "up" : "down"},
                             {"backend", m_database.backend() == Database::Backend::SQLite ? "sqlite" : "postgresql"},
                             {"latencyMs", latency.count()}};
    if (!healthy) {
        database["message"] = databaseError;
    }
    const auto uptime =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - m_startedAt);
    const nlohmann::json body {{"status", healthy ? "healthy" : "down"},
                               {"version", std::string(productVersion())},
                               {"protocolVersion", protocolVersion},
                               {"uptimeSeconds", uptime.count()},
                               {"services", {{"api", {{"status", "up"}}}, {"database", database}}}};
    sendJson(response, healthy ? Poco::Net::HTTPResponse::HTTP_OK : Poco::Net::HTTPResponse::HTTP_SERVICE_UNAVAILABLE,
             body);
}

} // namespace hss::server
