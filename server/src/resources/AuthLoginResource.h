// SPDX-License-Identifier: MIT
#pragma once

#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

struct ServerServices;

/// POST /api/auth/login: username, password and (when the account has one) a TOTP code in, a token pair out.
class AuthLoginResource final : public RestResource
{
public:
    AuthLoginResource(ServerServices& services, const PathParams& params);

protected:
    void post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "POST"; }

private:
    ServerServices& m_services;
};

} // namespace hss::server
