// SPDX-License-Identifier: MIT
#include "AdminTriagePhrasesResource.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../app/ServerServices.h"
#include "../authz/AuditTrail.h"
#include "../http/JsonResponse.h"
#include "../http/RequestBody.h"
#include "../storage/AuditLogRepository.h"
#include "../storage/TriagePhraseRepository.h"
#include "../storage/WriteQueue.h"
#include "../triage/TriageRulebook.h"
#include "AdminAccess.h"
#include "DomainErrors.h"
#include "hss/Clock.h"

namespace hss::server {

namespace {

/// More phrases than this is a pasted dictionary, not curation; every request would pay for matching them.
constexpr std::size_t storedPhrasesMax = 500;

nlohmann::json toJson(const std::vector<triage::TriagePhrase>& phrases)
{
    nlohmann::json list = nlohmann::json::array();
    for (const triage::TriagePhrase& phrase : phrases) {
        list.push_back(triage::toJson(phrase));
    }
    return {{"phrases", std::move(list)}};
}

} // namespace

AdminTriagePhrasesResource::AdminTriagePhrasesResource(ServerServices& services, const PathParams&)
    : m_services(services)
{ }

void AdminTriagePhrasesResource::get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    AdminAccess::requireUserManager(m_services, request);
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, toJson(m_services.triageRules.storedPhrases()));
}

void AdminTriagePhrasesResource::put(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal admin = AdminAccess::requireUserManager(m_services, request);
    const nlohmann::json body = readJsonObject(request, m_services.maxBodyBytes);
    auto phrases = triage::triagePhrasesFromJson(body);
    if (!phrases) {
        throwDomainError(phrases.error());
    }
    if (phrases.value().size() > storedPhrasesMax) {
        throwDomainError(Error {ErrorCode::TooLong, "phrases",
                                "at most " + std::to_string(storedPhrasesMax) + " phrases can be stored"});
    }
    const nlohmann::json stored = toJson(phrases.value());
    const AuditEntry entry = m_services.audit.entryFor(request, &admin, "triage_phrases.update", "triage_phrases",
                                                       "triage_phrases", "success", stored.dump());
    // Held until installed: two admins saving at once must leave the rules of the later commit in effect.
    const auto changing = m_services.triageRules.lockForChange();
    m_services.writes.run([&](Poco::Data::Session& session) {
        TriagePhraseRepository(m_services.database).replace(session, phrases.value(), m_services.clock.nowMs());
        AuditLogRepository(m_services.database).appendAll(session, {entry});
    });
    m_services.triageRules.install(phrases.value());
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, stored);
}

} // namespace hss::server
