// SPDX-License-Identifier: MIT
#pragma once

#include "../app/ServerServices.h"
#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

/// GET /api/tickets (filters, paging, sorting; only tickets the caller may read, each read audited) and
/// POST /api/tickets (201 with Location; medical tickets need the medical role).
class TicketsResource final : public RestResource
{
public:
    TicketsResource(ServerServices& services, const PathParams& params);

protected:
    void get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    void post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "GET, POST"; }

private:
    ServerServices& m_services;
};

} // namespace hss::server
