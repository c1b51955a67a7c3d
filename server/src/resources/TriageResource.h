// SPDX-License-Identifier: MIT
#pragma once

#include "../app/ServerServices.h"
#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

/// POST /api/triage {title, description, category?} → {emergency, emergency_category, priority, category, reasons}:
/// the shared triage rules (hss::triage) plus the phrases admins stored, applied to a ticket text, for any signed-in
/// user. Stores nothing.
class TriageResource final : public RestResource
{
public:
    TriageResource(ServerServices& services, const PathParams& params);

protected:
    void post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "POST"; }

private:
    ServerServices& m_services;
};

} // namespace hss::server
