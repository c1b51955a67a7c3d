// SPDX-License-Identifier: MIT
#pragma once

#include "../app/ServerServices.h"
#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

/// GET /api/health: overall status (healthy, degraded or down), version and every service's latest state with its
/// uptime figures (HealthReport). 200 unless down (503): a failing AI endpoint degrades the server, it does not
/// take it out of a load balancer. Public, so load balancers and monitors can call it.
class HealthResource final : public RestResource
{
public:
    HealthResource(ServerServices& services, const PathParams& params);

protected:
    void get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "GET"; }

private:
    ServerServices& m_services;
};

} // namespace hss::server
