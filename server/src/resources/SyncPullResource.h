// SPDX-License-Identifier: MIT
#pragma once

#include "../app/ServerServices.h"
#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

/// GET /api/sync/pull?cursor=&limit=&wait=: the changes after the cursor the caller may see, in pages, with a
/// long-poll of up to 30 s when nothing is new.
class SyncPullResource final : public RestResource
{
public:
    SyncPullResource(ServerServices& services, const PathParams& params);

protected:
    void get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "GET"; }

private:
    ServerServices& m_services;
};

} // namespace hss::server
