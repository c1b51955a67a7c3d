// SPDX-License-Identifier: MIT
#pragma once

#include "../app/ServerServices.h"
#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

/// GET, PUT and DELETE /api/tickets/{id}: read one ticket, change fields against a base revision (409 when stale,
/// 422 for a forbidden status change), delete (supervisors and admins). Reads and changes are audited.
class TicketResource final : public RestResource
{
public:
    TicketResource(ServerServices& services, const PathParams& params);

protected:
    void get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    void put(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    void remove(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "GET, PUT, DELETE"; }

private:
    ServerServices& m_services;
    PathParams m_params;
};

} // namespace hss::server
