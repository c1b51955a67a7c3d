// SPDX-License-Identifier: MIT
#pragma once

#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

struct ServerServices;

/// GET|PUT /api/admin/users/{id}: one user, or a change of name, e-mail, roles, teams or active flag (admins only).
class AdminUserResource final : public RestResource
{
public:
    AdminUserResource(ServerServices& services, const PathParams& params);

protected:
    void get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    void put(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "GET, PUT"; }

private:
    ServerServices& m_services;
    std::string m_id;
};

} // namespace hss::server
