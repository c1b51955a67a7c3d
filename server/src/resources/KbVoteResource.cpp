// SPDX-License-Identifier: MIT
#include "KbVoteResource.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../authz/Authenticator.h"
#include "../http/HttpErrors.h"
#include "../http/JsonResponse.h"
#include "../http/RequestBody.h"
#include "../storage/KbRepository.h"
#include "../storage/WriteTransaction.h"
#include "DomainErrors.h"
#include "KbVoteIntake.h"
#include "hss/Clock.h"

namespace hss::server {

KbVoteResource::KbVoteResource(ServerServices& services, const PathParams& params)
    : m_services(services)
    , m_id(params.at("id"))
{ }

void KbVoteResource::post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal principal = m_services.authenticator.authenticate(request);
    const nlohmann::json body = readJsonObject(request, m_services.maxBodyBytes);
    rejectUnknownFields(body, {"helpful"});
    if (!body.contains("helpful") || !body.at("helpful").is_boolean()) {
        throw ValidationFailed("helpful: must be true or false", "helpful");
    }
    auto id = Uuid::parse(m_id);
    if (!id) {
        throw NotFound("no knowledge-base article with this id");
    }
    KbRepository repository(m_services.database);
    auto session = m_services.database.session();
    WriteTransaction transaction(session, m_services.database.backend());
    auto voted = castKbVote(repository, session, principal, {id.value(), body.at("helpful").get<bool>()},
                            m_services.clock.nowMs());
    if (!voted) {
        throwDomainError(voted.error());
    }
    transaction.commit();
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK,
             {{"helpful_votes", voted.value().helpfulVotes}, {"not_helpful_votes", voted.value().notHelpfulVotes}});
}

} // namespace hss::server
