// SPDX-License-Identifier: MIT
#pragma once

#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

struct ServerServices;

/// GET /api/admin/notification-channels: for e-mail, Slack and SMS whether the configuration switches it on, where
/// it sends with the secrets left out (SMTP relay host:port and sender, the Slack webhook's host only, the SMS
/// gateway's host), the default recipient of a test (the medical escalation address or phone), and the outbox's
/// figures of the last 24 hours (sent, failed, pending, newest error). Admins only.
class AdminNotificationChannelsResource final : public RestResource
{
public:
    AdminNotificationChannelsResource(ServerServices& services, const PathParams& params);

protected:
    void get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "GET"; }

private:
    ServerServices& m_services;
};

} // namespace hss::server
