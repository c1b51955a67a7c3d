// SPDX-License-Identifier: MIT
#include "AdminAuditResource.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../app/ServerServices.h"
#include "../authz/AuditTrail.h"
#include "../http/HttpErrors.h"
#include "../http/JsonResponse.h"
#include "../storage/AuditLogRepository.h"
#include "AdminAccess.h"
#include "QueryParams.h"
#include "hss/Timestamp.h"
#include "hss/Uuid.h"

namespace hss::server {

namespace {

constexpr int batchSize = 500;

nlohmann::json textOrNull(const std::string& text)
{
    return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text);
}

nlohmann::json toJson(const AuditRecord& record)
{
    const AuditEntry& entry = record.entry;
    // The log keeps no request id yet, so request_id is always null (the contract allows it).
    return {{"sequence", record.seq},
            {"at", formatTimestamp(entry.at)},
            {"actor_id", textOrNull(entry.actorId)},
            {"actor", textOrNull(entry.actorName)},
            {"action", entry.action},
            {"object_type", textOrNull(entry.objectType)},
            {"object_id", textOrNull(entry.objectId)},
            {"source", entry.sourceIp},
            {"outcome", entry.outcome},
            {"request_id", nullptr},
            {"previous_hash", record.prevHash},
            {"hash", record.hash}};
}

} // namespace

AdminAuditResource::AdminAuditResource(ServerServices& services, const PathParams&)
    : m_services(services)
{ }

void AdminAuditResource::get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal principal = AdminAccess::requireAuditReader(m_services, request);
    const QueryParams query(request);
    const auto from = query.timestamp("from");
    const auto to = query.timestamp("to");
    std::optional<std::string> actor = query.text("actor");
    if (actor) {
        auto id = Uuid::parse(*actor);
        if (!id) {
            throw BadRequest("query parameter 'actor' must be a user id (UUID)");
        }
        actor = id.value().toString();
    }
    const int limit = query.integer("limit", 50, 1, 200);
    int toSkip = query.integer("offset", 0, 0, 1'000'000'000);

    // The repository pages by sequence only, so the filters are applied here while walking the chain in batches.
    AuditLogRepository log(m_services.database);
    nlohmann::json items = nlohmann::json::array();
    std::int64_t afterSeq = 0;
    while (static_cast<int>(items.size()) < limit) {
        const std::vector<AuditRecord> batch = log.list(afterSeq, batchSize);
        for (const AuditRecord& record : batch) {
            const AuditEntry& entry = record.entry;
            const bool matches =
                (!from || entry.at >= *from) && (!to || entry.at < *to) && (!actor || entry.actorId == *actor);
            if (!matches || static_cast<int>(items.size()) >= limit) {
                continue;
            }
            if (toSkip > 0) {
                --toSkip;
            } else {
                items.push_back(toJson(record));
            }
        }
        if (static_cast<int>(batch.size()) < batchSize) {
            break;
        }
        afterSeq = batch.back().seq;
    }
    m_services.audit.record(request, &principal, "audit.read", "audit_log", "", "success",
                            std::to_string(items.size()) + " records");
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, {{"items", std::move(items)}});
}

} // namespace hss::server
