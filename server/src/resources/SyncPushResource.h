// SPDX-License-Identifier: MIT
#pragma once

#include "../app/ServerServices.h"
#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

/// POST /api/sync/push: a batch of up to 500 mutations, each applied exactly once and answered with applied,
/// merged, conflict or rejected (see SyncPusher).
class SyncPushResource final : public RestResource
{
public:
    SyncPushResource(ServerServices& services, const PathParams& params);

protected:
    void post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "POST"; }

private:
    ServerServices& m_services;
};

} // namespace hss::server
