// SPDX-License-Identifier: MIT
#pragma once

#include "../app/ServerServices.h"
#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

/// GET /api/health/history?service&from&to&limit&cursor: recorded health checks, newest first, a page at a time
/// (next_cursor asks for the next, older page).
class HealthHistoryResource final : public RestResource
{
public:
    HealthHistoryResource(ServerServices& services, const PathParams& params);

protected:
    void get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "GET"; }

private:
    ServerServices& m_services;
};

} // namespace hss::server
