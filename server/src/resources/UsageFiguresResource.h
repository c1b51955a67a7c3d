// SPDX-License-Identifier: MIT
#pragma once

#include "../app/ServerServices.h"
#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

/// POST /api/usage-figures: an integration (an admin account) reports how many healthcare professionals used the
/// clinical features in a period, out of how many are licensed; a report for a site and period already stored
/// replaces it (200 instead of 201). GET /api/usage-figures?from&to: the reports whose period overlaps [from, to),
/// for the roles AccessPolicy::canReadUsageFigures() allows, who also receive them through the sync feed.
class UsageFiguresResource final : public RestResource
{
public:
    UsageFiguresResource(ServerServices& services, const PathParams& params);

protected:
    void get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    void post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "GET, POST"; }

private:
    ServerServices& m_services;
};

} // namespace hss::server
