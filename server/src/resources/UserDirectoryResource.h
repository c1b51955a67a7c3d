// SPDX-License-Identifier: MIT
#pragma once

#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

struct ServerServices;

/// GET /api/users/directory: the people who may hold tickets (id, username, display name, roles, teams; no e-mail,
/// no credentials, no disabled accounts), for the assignee picker of staff who work on tickets. Optional filters
/// team= and medical=true (only medical agents).
class UserDirectoryResource final : public RestResource
{
public:
    UserDirectoryResource(ServerServices& services, const PathParams& params);

protected:
    void get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "GET"; }

private:
    ServerServices& m_services;
};

} // namespace hss::server
