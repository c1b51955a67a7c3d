// SPDX-License-Identifier: MIT
#pragma once

#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

struct ServerServices;

/// GET|PUT /api/auth/profile: the caller's own user record; PUT changes name, e-mail or password.
class AuthProfileResource final : public RestResource
{
public:
    AuthProfileResource(ServerServices& services, const PathParams& params);

protected:
    void get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    void put(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "GET, PUT"; }

private:
    ServerServices& m_services;
};

} // namespace hss::server
