// SPDX-License-Identifier: MIT
#include "TriageResource.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../authz/Authenticator.h"
#include "../http/JsonResponse.h"
#include "../http/RequestBody.h"
#include "../triage/TriageRulebook.h"
#include "DomainErrors.h"
#include "hss/triage/Triage.h"

namespace hss::server {

TriageResource::TriageResource(ServerServices& services, const PathParams& /*params*/)
    : m_services(services)
{ }

void TriageResource::post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    static_cast<void>(m_services.authenticator.authenticate(request)); // any signed-in user; throws 401 otherwise
    const nlohmann::json body = readJsonObject(request, m_services.maxBodyBytes);
    auto input = triage::triageInputFromJson(body);
    if (!input) {
        throwDomainError(input.error());
    }
    const auto rules = m_services.triageRules.current(); // defaults plus the phrases admins stored
    // The learned scorer too, so the endpoint suggests what the console's own triage shows.
    const triage::TriageResult result = triage::triage(input.value(), *rules, triage::TriageScorer::defaults());
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, triage::toJson(result));
}

} // namespace hss::server
