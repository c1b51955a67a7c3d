// SPDX-License-Identifier: MIT
#include "UsageFiguresResource.h"

#include <limits>

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../authz/AccessPolicy.h"
#include "../authz/AuditTrail.h"
#include "../authz/Authenticator.h"
#include "../http/HttpErrors.h"
#include "../http/JsonResponse.h"
#include "../http/RequestBody.h"
#include "../storage/UsageFiguresRepository.h"
#include "../storage/WriteQueue.h"
#include "../sync/SyncNotifier.h"
#include "DomainErrors.h"
#include "QueryParams.h"
#include "hss/Clock.h"
#include "hss/Timestamp.h"

namespace hss::server {

UsageFiguresResource::UsageFiguresResource(ServerServices& services, const PathParams&)
    : m_services(services)
{ }

void UsageFiguresResource::get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal principal = m_services.authenticator.authenticate(request);
    if (!AccessPolicy::canReadUsageFigures(principal)) {
        throw Forbidden("your roles do not allow you to read usage figures");
    }
    const QueryParams params(request);
    const std::int64_t from = params.timestamp("from").value_or(0);
    const std::int64_t to = params.timestamp("to").value_or(std::numeric_limits<std::int64_t>::max());
    if (from >= to) {
        throw BadRequest("'from' must be before 'to'");
    }
    nlohmann::json items = nlohmann::json::array();
    for (const UsageReport& report : UsageFiguresRepository(m_services.database).list(from, to)) {
        items.push_back(toJson(report));
    }
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, {{"items", items}});
}

void UsageFiguresResource::post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal principal = m_services.authenticator.authenticate(request);
    if (!AccessPolicy::canRecordUsageFigures(principal)) {
        throw Forbidden("your roles do not allow you to record usage figures");
    }
    nlohmann::json body = readJsonObject(request, m_services.maxBodyBytes);
    rejectUnknownFields(
        body, {"period_start", "period_end", "active_professionals", "licensed_professionals", "site", "note"});
    const std::int64_t now = m_services.clock.nowMs();
    body["id"] = Uuid::createV7().toString();
    body["recorded_at"] = formatTimestamp(now);
    auto report = usageReportFromJson(body);
    if (!report) {
        throwDomainError(report.error());
    }
    Result<RecordedUsage> recorded = Error {ErrorCode::Internal, {}, "not stored"};
    m_services.writes.run([&](Poco::Data::Session& session) {
        recorded = UsageFiguresRepository(m_services.database).record(session, report.value(), principal.userId);
        if (!recorded) {
            return;
        }
        const UsageReport& stored = recorded.value().report;
        m_services.writes.appendAuditInBatch({m_services.audit.entryFor(
            request, &principal, recorded.value().replaced ? "usage_figures.replace" : "usage_figures.create",
            "usage_figures", stored.id.toString(), "success",
            formatTimestamp(stored.figures.period.from) + " to " + formatTimestamp(stored.figures.period.to))});
    });
    if (!recorded) {
        throwDomainError(recorded.error());
    }
    m_services.syncNotifier.notifyChanged(); // consoles waiting in a long pull get them now
    sendJson(response,
             recorded.value().replaced ? Poco::Net::HTTPResponse::HTTP_OK : Poco::Net::HTTPResponse::HTTP_CREATED,
             toJson(recorded.value().report));
}

} // namespace hss::server
