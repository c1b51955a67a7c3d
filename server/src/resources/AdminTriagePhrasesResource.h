// SPDX-License-Identifier: MIT
#pragma once

#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

struct ServerServices;

/// GET/PUT /api/admin/triage-phrases {"phrases": [{phrase, kind, emergency, category, priority, weight}]}: the
/// phrases admins add to the compiled-in triage rules (POST /api/triage uses both from the next request on). Admins
/// only; PUT replaces the whole list and is audited with the list it stored, in the same transaction. A bad list is
/// refused with 422 naming the field ("phrases[2].kind") and the stored phrases stay as they were.
class AdminTriagePhrasesResource final : public RestResource
{
public:
    AdminTriagePhrasesResource(ServerServices& services, const PathParams& params);

protected:
    void get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    void put(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "GET, PUT"; }

private:
    ServerServices& m_services;
};

} // namespace hss::server
