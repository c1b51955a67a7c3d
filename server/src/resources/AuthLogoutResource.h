// SPDX-License-Identifier: MIT
#pragma once

#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

struct ServerServices;

/// POST /api/auth/logout: revokes the caller's login the given refresh token belongs to; 204.
class AuthLogoutResource final : public RestResource
{
public:
    AuthLogoutResource(ServerServices& services, const PathParams& params);

protected:
    void post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "POST"; }

private:
    ServerServices& m_services;
};

} // namespace hss::server
