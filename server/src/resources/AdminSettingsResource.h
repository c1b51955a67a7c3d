// SPDX-License-Identifier: MIT
#pragma once

#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

struct ServerServices;

/// GET/PUT /api/admin/settings: the organisation settings (idle-lock time, data retention periods) with their
/// revision. GET is open to every signed-in user, who gets {"revision", "idle_lock_minutes"} (the console applies
/// the idle lock for everyone); admins also get "retention", "updated_at", "updated_by" and each field's "limits".
/// PUT is for admins: {"revision", "idle_lock_minutes", "retention": {...}} with every field; a stale revision gets
/// 409, a bad value 400 naming the field ("retention.audit_log_days"), and nothing changes. A stored change is
/// audited with the values before and after, in the same transaction. The retention job applies new periods at its
/// next round (hourly).
class AdminSettingsResource final : public RestResource
{
public:
    AdminSettingsResource(ServerServices& services, const PathParams& params);

protected:
    void get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    void put(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "GET, PUT"; }

private:
    ServerServices& m_services;
};

} // namespace hss::server
