// SPDX-License-Identifier: MIT
#pragma once

#include "../app/ServerServices.h"
#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

/// GET /api/tickets/{id}/comments (oldest first, audited as a read of the ticket) and POST (append a public reply
/// or an internal note; needs the right to change the ticket).
class TicketCommentsResource final : public RestResource
{
public:
    TicketCommentsResource(ServerServices& services, const PathParams& params);

protected:
    void get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    void post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "GET, POST"; }

private:
    ServerServices& m_services;
    PathParams m_params;
};

} // namespace hss::server
