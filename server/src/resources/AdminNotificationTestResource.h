// SPDX-License-Identifier: MIT
#pragma once

#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

struct ServerServices;

/// POST /api/admin/notification-channels/{channel}/test with an optional {"recipient": "..."}: sends one test
/// message through that channel now, with the configured settings and the same transport the outbox uses (not
/// queued, so the answer is the channel's own): 200 {"delivered": true} or 502 {"delivered": false, "error": the
/// channel's one-line reason}. A channel the configuration switches off gets 409, an unknown one 404, a bad or
/// missing recipient 400 (defaults: the medical escalation e-mail or phone; Slack posts to its webhook). Admins
/// only; every attempt is audited with its outcome.
class AdminNotificationTestResource final : public RestResource
{
public:
    AdminNotificationTestResource(ServerServices& services, const PathParams& params);

protected:
    void post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "POST"; }

private:
    ServerServices& m_services;
    std::string m_channel;
};

} // namespace hss::server
