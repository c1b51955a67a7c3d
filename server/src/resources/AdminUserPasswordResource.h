// SPDX-License-Identifier: MIT
#pragma once

#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

struct ServerServices;

/// POST /api/admin/users/{id}/password: an admin replaces a user's forgotten password (204), ending every login of
/// that user (admins only; not for the admin's own account).
class AdminUserPasswordResource final : public RestResource
{
public:
    AdminUserPasswordResource(ServerServices& services, const PathParams& params);

protected:
    void post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "POST"; }

private:
    ServerServices& m_services;
    std::string m_id;
};

} // namespace hss::server
