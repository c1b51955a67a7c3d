// SPDX-License-Identifier: MIT
#pragma once

#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

struct ServerServices;

/// GET/PUT /api/admin/escalation-matrix: the escalation matrix (level -> team, people, channels) the SLA scheduler
/// applies when a ticket escalates. Admins only; a change is audited with the matrix it stored, in the same
/// transaction. A bad document is refused with 400 naming the field, and the stored matrix stays as it was.
class AdminEscalationMatrixResource final : public RestResource
{
public:
    AdminEscalationMatrixResource(ServerServices& services, const PathParams& params);

protected:
    void get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    void put(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "GET, PUT"; }

private:
    ServerServices& m_services;
};

} // namespace hss::server
