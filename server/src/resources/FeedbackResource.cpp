// SPDX-License-Identifier: MIT
#include "FeedbackResource.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../authz/AccessPolicy.h"
#include "../authz/AuditTrail.h"
#include "../authz/Authenticator.h"
#include "../http/HttpErrors.h"
#include "../http/JsonResponse.h"
#include "../http/RequestBody.h"
#include "../notify/FeedbackAlert.h"
#include "../notify/NotificationSettings.h"
#include "../storage/FeedbackRepository.h"
#include "../storage/WriteQueue.h"
#include "DomainErrors.h"
#include "FeedbackIntake.h"
#include "QueryParams.h"
#include "hss/Clock.h"
#include "hss/Timestamp.h"

namespace hss::server {

FeedbackResource::FeedbackResource(ServerServices& services, const PathParams&)
    : m_services(services)
{ }

void FeedbackResource::get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal principal = m_services.authenticator.authenticate(request);
    if (!AccessPolicy::canReadFeedback(principal)) {
        // The sync feed follows the same rule (SyncPersonalRows): everyone gets their own entries, these roles all.
        throw Forbidden("your roles do not allow you to read all feedback");
    }
    const QueryParams params(request);
    FeedbackQuery query;
    query.limit = params.integer("limit", 50, 1, FeedbackQuery::maxLimit);
    query.offset = params.integer("offset", 0, 0, 1000000000);
    if (const auto category = params.text("category")) {
        auto parsed = feedbackCategoryFromString(*category, "category");
        if (!parsed) {
            throw BadRequest("query parameter 'category' is not a known category");
        }
        query.category = parsed.value();
    }
    FeedbackRepository repository(m_services.database);
    nlohmann::json items = nlohmann::json::array();
    for (const Feedback& feedback : repository.list(query)) {
        items.push_back(toJson(feedback));
    }
    const FeedbackStats stats = repository.analytics(query);
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, {{"items", items}, {"total", stats.count}});
}

void FeedbackResource::post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal principal = m_services.authenticator.authenticate(request);
    nlohmann::json body = readJsonObject(request, m_services.maxBodyBytes);
    rejectUnknownFields(body, {"ticket_id", "csat_score", "comment", "category", "safety_outcome"});
    if (body.contains("safety_outcome") && !body["safety_outcome"].is_null()
        && !AccessPolicy::canReportSafetyOutcome(principal)) {
        throw Forbidden("your roles do not allow you to record a safety outcome");
    }
    const std::int64_t now = m_services.clock.nowMs();
    body["id"] = Uuid::createV7().toString();
    body["author_id"] = principal.userId;
    body["created_at"] = formatTimestamp(now);
    body["sentiment_score"] = nullptr;
    for (const char* optional : {"ticket_id", "csat_score", "safety_outcome"}) {
        if (!body.contains(optional)) {
            body[optional] = nullptr;
        }
    }
    auto feedback = feedbackFromJson(body);
    if (!feedback) {
        throwDomainError(feedback.error());
    }
    auto accepted = acceptFeedback(feedback.value(), principal, now);
    if (!accepted) {
        throwDomainError(accepted.error());
    }
    const std::string id = accepted.value().id.toString();
    const AuditEntry created =
        m_services.audit.entryFor(request, &principal, "feedback.create", "feedback", id, "success");
    const FeedbackAlert alert(m_services.database, m_services.cipher, m_services.clock,
                              NotificationSettings::fromConfig(m_services.config));
    Result<Feedback> stored = Error {ErrorCode::Internal, {}, "not stored"};
    std::size_t alerts = 0;
    // The entry, its escalation alerts and their audit records commit together or not at all.
    m_services.writes.run([&](Poco::Data::Session& session) {
        stored = FeedbackRepository(m_services.database).add(session, accepted.value());
        if (!stored) {
            return;
        }
        alerts = alert.feedbackStored(session, stored.value());
        std::vector<AuditEntry> entries {created};
        if (alerts > 0) {
            entries.push_back(m_services.audit.entryFor(request, &principal, "feedback.escalate", "ticket",
                                                        stored.value().ticketId->toString(), "success",
                                                        std::to_string(alerts) + " supervisor alert(s) queued"));
        }
        m_services.writes.appendAuditInBatch(entries);
    });
    if (!stored) {
        throwDomainError(stored.error());
    }
    sendJson(response, Poco::Net::HTTPResponse::HTTP_CREATED, toJson(stored.value()));
}

} // namespace hss::server
