// SPDX-License-Identifier: MIT
#include "AuditTrail.h"

#include <Poco/Net/HTTPServerResponse.h>

#include "../storage/AuditLogRepository.h"
#include "hss/Clock.h"

namespace hss::server {

AuditTrail::AuditTrail(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{ }

void AuditTrail::record(const Poco::Net::HTTPServerRequest& request, const Principal* principal,
                        const std::string& action, const std::string& objectType, const std::string& objectId,
                        const std::string& outcome, const std::string& detail, const std::string& actorName)
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
    AuditLogRepository(m_database).append(entry);
}

} // namespace hss::server
