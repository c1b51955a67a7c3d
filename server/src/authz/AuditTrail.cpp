// SPDX-License-Identifier: MIT
#include "AuditTrail.h"

#include "../storage/AuditLogRepository.h"
#include "../storage/WriteQueue.h"
#include "hss/Clock.h"

namespace hss::server {

AuditTrail::AuditTrail(Database& database, WriteQueue& writes, const Clock& clock)
    : m_database(database)
    , m_writes(writes)
    , m_clock(clock)
{ }

AuditEntry AuditTrail::entryFor(const Poco::Net::HTTPServerRequest& request, const Principal* principal,
                                const std::string& action, const std::string& objectType, const std::string& objectId,
                                const std::string& outcome, const std::string& detail,
                                const std::string& actorName) const
{
    AuditEntry entry;
    entry.at = m_clock.nowMs();
    entry.actorId = principal ? principal->userId : std::string();
    entry.actorName = principal ? principal->username : actorName.substr(0, 64);
    entry.action = action;
    entry.objectType = objectType;
    entry.objectId = objectId;
    entry.sourceIp = request.clientAddress().host().toString();
    entry.outcome = outcome;
    entry.detail = detail;
    return entry;
}

void AuditTrail::record(const Poco::Net::HTTPServerRequest& request, const Principal* principal,
                        const std::string& action, const std::string& objectType, const std::string& objectId,
                        const std::string& outcome, const std::string& detail, const std::string& actorName)
{
    submit({entryFor(request, principal, action, objectType, objectId, outcome, detail, actorName)});
}

void AuditTrail::recordEach(const Poco::Net::HTTPServerRequest& request, const Principal* principal,
                            const std::string& action, const std::string& objectType,
                            const std::vector<std::string>& objectIds, const std::string& outcome,
                            const std::string& detail)
{
    std::vector<AuditEntry> entries;
    entries.reserve(objectIds.size());
    for (const std::string& id : objectIds) {
        entries.push_back(entryFor(request, principal, action, objectType, id, outcome, detail, {}));
    }
    submit(std::move(entries));
}

void AuditTrail::recordReads(const Poco::Net::HTTPServerRequest& request, const Principal& principal,
                             const std::string& action, const std::string& objectType,
                             const std::vector<std::string>& objectIds, const std::string& detail)
{
    if (objectIds.empty()) {
        return;
    }
    std::vector<AuditEntry> entries;
    entries.reserve(objectIds.size());
    for (const std::string& id : objectIds) {
        entries.push_back(entryFor(request, &principal, action, objectType, id, "success", detail, {}));
    }
    m_writes.postAudit(std::move(entries));
}

void AuditTrail::submit(const std::vector<AuditEntry>& entries)
{
    if (entries.empty()) {
        return;
    }
    m_writes.run([&](Poco::Data::Session&) { m_writes.appendAuditInBatch(entries); });
}

} // namespace hss::server
