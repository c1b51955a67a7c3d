// SPDX-License-Identifier: MIT
#pragma once

#include "../app/ServerServices.h"
#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

/// GET /api/health/history/buckets?bucket&from&to&service: the health history of a period summed per service in
/// buckets of `bucket` seconds (counts per state, latency mean and maximum, state changes), so a client can show
/// 90 days of one-minute checks without reading each of them.
class HealthHistoryBucketsResource final : public RestResource
{
public:
    HealthHistoryBucketsResource(ServerServices& services, const PathParams& params);

protected:
    void get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "GET"; }

private:
    ServerServices& m_services;
};

} // namespace hss::server
