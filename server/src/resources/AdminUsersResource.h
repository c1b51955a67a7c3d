// SPDX-License-Identifier: MIT
#pragma once

#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

struct ServerServices;

/// GET|POST /api/admin/users: one page of users by username, or a new user (admins only).
class AdminUsersResource final : public RestResource
{
public:
    AdminUsersResource(ServerServices& services, const PathParams& params);

protected:
    void get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    void post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "GET, POST"; }

private:
    ServerServices& m_services;
};

} // namespace hss::server
