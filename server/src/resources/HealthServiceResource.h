// SPDX-License-Identifier: MIT
#pragma once

#include "../app/ServerServices.h"
#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

/// GET /api/health/{service}: one service's latest state and its uptime figures over 24 hours and 7 days; 503 when
/// it is down, 404 for an unknown name.
class HealthServiceResource final : public RestResource
{
public:
    HealthServiceResource(ServerServices& services, const PathParams& params);

protected:
    void get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "GET"; }

private:
    ServerServices& m_services;
    std::string m_service;
};

} // namespace hss::server
