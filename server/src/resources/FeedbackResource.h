// SPDX-License-Identifier: MIT
#pragma once

#include "../app/ServerServices.h"
#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

/// GET /api/feedback (supervisors, admins, compliance officers) and POST /api/feedback (anyone signed in).
class FeedbackResource final : public RestResource
{
public:
    FeedbackResource(ServerServices& services, const PathParams& params);

protected:
    void get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    void post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "GET, POST"; }

private:
    ServerServices& m_services;
};

} // namespace hss::server
