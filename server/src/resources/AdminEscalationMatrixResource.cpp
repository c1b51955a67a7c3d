// SPDX-License-Identifier: MIT
#include "AdminEscalationMatrixResource.h"

#include <optional>
#include <string>

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
    EscalationMatrixRepository repository(m_services.database);
    nlohmann::json answer = toJson(repository.load(session));
    answer["revision"] = repository.revision(session);
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, answer);
}

void AdminEscalationMatrixResource::put(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal admin = AdminAccess::requireUserManager(m_services, request);
    nlohmann::json body = readJsonObject(request, m_services.maxBodyBytes);
    // The revision the admin edited: a save over a copy someone else changed meanwhile is refused (409). Optional,
    // so scripts that replace the whole matrix keep working.
    std::optional<std::int64_t> expected;
    if (const auto it = body.find("revision"); it != body.end()) {
        if (!it->is_number_integer() || it->get<std::int64_t>() < 0) {
            throw BadRequest("revision: a whole number from 0 is required", "invalid_escalation_matrix");
        }
        expected = it->get<std::int64_t>();
        body.erase("revision");
    }
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
    nlohmann::json stored = toJson(matrix.value());
    const AuditEntry entry = m_services.audit.entryFor(request, &admin, "escalation_matrix.update", "escalation_matrix",
                                                       "escalation_matrix", "success", stored.dump());
    std::int64_t revision = 0;
    m_services.writes.run([&](Poco::Data::Session& session) {
        EscalationMatrixRepository repository(m_services.database);
        const std::int64_t current = repository.revision(session);
        if ((expected && *expected != current) || !repository.advanceRevision(session, current)) {
            throw Conflict("the escalation matrix was changed meanwhile (revision " + std::to_string(current)
                           + (expected ? ", you edited " + std::to_string(*expected) : std::string())
                           + "): load it again");
        }
        repository.replace(session, matrix.value(), m_services.clock.nowMs());
        AuditLogRepository(m_services.database).appendAll(session, {entry});
        revision = current + 1;
    });
    stored["revision"] = revision;
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, stored);
}

} // namespace hss::server
