// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include "../app/ServerServices.h"
#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

/// GET /api/health: overall status, version and a live check of every service. 200 when healthy, 503 when not.
/// Public, so load balancers and monitors can call it.
class HealthResource final : public RestResource
{
public:
    HealthResource(ServerServices& services, const PathParams& params);

    /// The live state of every service, keyed by name (camelCase members, as the health answer has always had).
    static nlohmann::json currentServices(ServerServices& services);

protected:
    void get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "GET"; }

private:
    ServerServices& m_services;
};

} // namespace hss::server
