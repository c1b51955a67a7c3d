// SPDX-License-Identifier: MIT
#include "TicketResource.h"

#include <algorithm>

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../authz/AccessPolicy.h"
#include "../authz/AssigneeCheck.h"
#include "../http/HttpErrors.h"
#include "../http/JsonResponse.h"
#include "../http/RequestBody.h"
#include "../sla/SlaTracker.h"
#include "../storage/Database.h"
#include "../storage/TicketRepository.h"
#include "../storage/WriteQueue.h"
#include "DomainErrors.h"
#include "TicketAccess.h"
#include "TicketJson.h"
#include "hss/Clock.h"
#include "hss/TicketStateMachine.h"

namespace hss::server {

TicketResource::TicketResource(ServerServices& services, const PathParams& params)
    : m_services(services)
    , m_params(params)
{ }

void TicketResource::get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    TicketAccess access(m_services, request, m_params);
    const auto read = access.readableWithHistory("ticket.read");
    access.auditRead();
    sendJsonText(response, Poco::Net::HTTPResponse::HTTP_OK,
                 ticketWithSlaText(read->ticket, read->history ? m_services.sla.report(*read->history) : std::nullopt));
}

void TicketResource::put(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    TicketAccess access(m_services, request, m_params);
    const nlohmann::json body = readJsonObject(request, m_services.maxBodyBytes);
    const Ticket stored = access.changeable("ticket.update");
    Ticket changed = stored;
    const std::int64_t baseRevision = applyTicketUpdateBody(body, changed);
    // Checked first: a transition or rule is only meaningful against the state the client based its change on.
    if (baseRevision != stored.revision) {
        throw Conflict("the ticket has revision " + std::to_string(stored.revision) + ", the change is based on "
                       + std::to_string(baseRevision));
    }
    if (changed.status != stored.status) {
        if (auto allowed = TicketStateMachine::checkTransition(stored.status, changed.status); !allowed) {
            throwDomainError(allowed.error());
        }
        if (changed.status == TicketStatus::Resolved) {
            changed.resolvedAt = std::max(m_services.clock.nowMs(), stored.createdAt);
        }
    }
    // Moving a ticket into a medical category, or adding a case reference, needs the medical role as well.
    if (!AccessPolicy::canCreateTicket(access.principal(), changed)) {
        access.deny("ticket.update", "medical tickets need the medical_agent role");
    }
    if (changed.assigneeId != stored.assigneeId) {
        if (auto refusal = AssigneeCheck(m_services.database, m_services.cipher).refusal(changed)) {
            throw ValidationFailed(*refusal, "assignee_id");
        }
    }
    changed.updatedAt = std::max(m_services.clock.nowMs(), stored.createdAt);
    // The change and its SLA re-plan commit together.
    Result<Ticket> updated = Error {ErrorCode::Internal, {}, "not stored"};
    m_services.writes.run([&](Poco::Data::Session& session) {
        updated = TicketRepository(m_services.database, m_services.cipher).update(session, changed, baseRevision);
        if (updated) {
            m_services.sla.ticketChanged(session, stored, updated.value());
        }
    });
    if (!updated) {
        throwDomainError(updated.error());
    }
    access.audit("ticket.update");
    sendJsonText(response, Poco::Net::HTTPResponse::HTTP_OK,
                 ticketWithSlaText(updated.value(), m_services.sla.report(updated.value().id.toString())));
}

void TicketResource::remove(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    TicketAccess access(m_services, request, m_params);
    access.requireDelete("ticket.delete");
    if (auto removed = TicketRepository(m_services.database, m_services.cipher)
                           .remove(access.ticketId().toString(), m_services.clock.nowMs());
        !removed) {
        throwDomainError(removed.error());
    }
    access.audit("ticket.delete");
    response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_NO_CONTENT);
    response.setContentLength64(0);
    response.send();
}

} // namespace hss::server
