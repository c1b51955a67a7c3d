// SPDX-License-Identifier: MIT
#include "AdminEscalationMatrixResource.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../app/ServerServices.h"
#include "../authz/AuditTrail.h"
#include "../http/HttpErrors.h"
#include "../http/JsonResponse.h"
#include "../http/RequestBody.h"
#include "../sla/EscalationMatrix.h"
#include "../storage/AuditLogRepository.h"
#include "../storage/EscalationMatrixRepository.h"
#include "../storage/UserRepository.h"
#include "../storage/WriteQueue.h"
#include "AdminAccess.h"
#include "hss/Clock.h"

namespace hss::server {

AdminEscalationMatrixResource::AdminEscalationMatrixResource(ServerServices& services, const PathParams&)
    : m_services(services)
{ }

void AdminEscalationMatrixResource::get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    AdminAccess::requireUserManager(m_services, request);
    Poco::Data::Session session = m_services.database.session();
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK,
             toJson(EscalationMatrixRepository(m_services.database).load(session)));
}

void AdminEscalationMatrixResource::put(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal admin = AdminAccess::requireUserManager(m_services, request);
    const nlohmann::json body = readJsonObject(request, m_services.maxBodyBytes);
    auto matrix = escalationMatrixFromJson(body);
    if (!matrix) {
        throw BadRequest(matrix.error().message, "invalid_escalation_matrix");
    }
    // Everyone named must be an active account: a matrix that assigns to nobody would only fail at 3 a.m.
    UserRepository users(m_services.database, m_services.cipher);
    for (std::size_t i = 0; i < matrix.value().levels.size(); ++i) {
        const EscalationLevel& level = matrix.value().levels[i];
        for (std::size_t p = 0; p < level.people.size(); ++p) {
            auto account = users.findById(level.people[p]);
            if (!account || !account.value().user.active) {
                throw BadRequest("level " + std::to_string(level.level) + ".people[" + std::to_string(p)
                                     + "]: no active user with this id",
                                 "invalid_escalation_matrix");
            }
        }
    }
    const nlohmann::json stored = toJson(matrix.value());
    const AuditEntry entry = m_services.audit.entryFor(request, &admin, "escalation_matrix.update", "escalation_matrix",
                                                       "escalation_matrix", "success", stored.dump());
    m_services.writes.run([&](Poco::Data::Session& session) {
        EscalationMatrixRepository(m_services.database).replace(session, matrix.value(), m_services.clock.nowMs());
        AuditLogRepository(m_services.database).appendAll(session, {entry});
    });
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, stored);
}

} // namespace hss::server
