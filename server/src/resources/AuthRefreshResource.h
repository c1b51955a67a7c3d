// SPDX-License-Identifier: MIT
#pragma once

#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

struct ServerServices;

/// POST /api/auth/refresh: rotates a refresh token into a new token pair; needs no bearer token.
class AuthRefreshResource final : public RestResource
{
public:
    AuthRefreshResource(ServerServices& services, const PathParams& params);

protected:
    void post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "POST"; }

private:
    ServerServices& m_services;
};

} // namespace hss::server
