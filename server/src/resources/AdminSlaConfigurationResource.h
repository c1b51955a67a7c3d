// SPDX-License-Identifier: MIT
#pragma once

#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

struct ServerServices;

/// GET/PUT /api/admin/sla-configuration: the SLA calendars and policies in effect, as one document with its
/// revision. Admins only. A PUT names the revision it edited (a stale one gets 409 and nothing changes), is audited
/// with the document in the same transaction, takes effect at once for new computations and re-plans every open
/// ticket in the background. A bad document is refused with 400 naming the field; the one in effect stays.
class AdminSlaConfigurationResource final : public RestResource
{
public:
    AdminSlaConfigurationResource(ServerServices& services, const PathParams& params);

protected:
    void get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    void put(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "GET, PUT"; }

private:
    ServerServices& m_services;
};

} // namespace hss::server
