// SPDX-License-Identifier: MIT
#pragma once

#include "../app/ServerServices.h"
#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

/// GET /api/feedback/analytics?from&to: count, average CSAT, per category and by sentiment.
class FeedbackAnalyticsResource final : public RestResource
{
public:
    FeedbackAnalyticsResource(ServerServices& services, const PathParams& params);

protected:
    void get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "GET"; }

private:
    ServerServices& m_services;
};

} // namespace hss::server
