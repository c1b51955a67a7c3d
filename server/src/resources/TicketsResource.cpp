// SPDX-License-Identifier: MIT
#include "TicketsResource.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../authz/AccessPolicy.h"
#include "../authz/AssigneeCheck.h"
#include "../authz/AuditTrail.h"
#include "../authz/Authenticator.h"
#include "../http/HttpErrors.h"
#include "../http/JsonResponse.h"
#include "../http/RequestBody.h"
#include "../notify/TicketNotifier.h"
#include "../sla/SlaTracker.h"
#include "../storage/AuditLogRepository.h"
#include "../storage/TicketRepository.h"
#include "../storage/WriteQueue.h"
#include "DomainErrors.h"
#include "TicketJson.h"
#include "TicketListQuery.h"
#include "hss/Clock.h"

namespace hss::server {

TicketsResource::TicketsResource(ServerServices& services, const PathParams&)
    : m_services(services)
{ }

void TicketsResource::get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal principal = m_services.authenticator.authenticate(request);
    TicketQuery query = ticketQueryFromRequest(request, principal.userId);
    // The scope goes into the SQL so that total and paging count only what the caller may see.
    query.scope = AccessPolicy::ticketScope(principal);
    const TicketPage page = TicketRepository(m_services.database, m_services.cipher).list(query);
    nlohmann::json items = nlohmann::json::array();
    std::vector<std::string> ids;
    for (const Ticket& ticket : page.tickets) {
        ids.push_back(ticket.id.toString());
    }
    const auto reports = m_services.sla.reports(ids);
    for (const Ticket& ticket : page.tickets) {
        const auto report = reports.find(ticket.id.toString());
        items.push_back(
            ticketWithSlaJson(ticket, report == reports.end() ? std::nullopt : std::optional(report->second)));
    }
    // Listed tickets carry patient data just like a single read, so each one is a recorded read.
    m_services.audit.recordReads(request, principal, "ticket.read", "ticket", ids, "list");
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK,
             {{"items", items}, {"total", page.total}, {"limit", query.limit}, {"offset", query.offset}});
}

void TicketsResource::post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal principal = m_services.authenticator.authenticate(request);
    auto deny = [&](const std::string& message) {
        m_services.audit.record(request, &principal, "ticket.create", "ticket", {}, "denied");
        throw Forbidden(message);
    };
    if (!AccessPolicy::canCreateTickets(principal)) {
        deny("your roles do not allow creating tickets");
    }
    Ticket ticket = ticketFromCreateBody(readJsonObject(request, m_services.maxBodyBytes));
    ticket.id = Uuid::createV7();
    ticket.status = TicketStatus::New;
    ticket.createdAt = m_services.clock.nowMs();
    ticket.updatedAt = ticket.createdAt;
    if (!AccessPolicy::canCreateTicket(principal, ticket)) {
        deny("medical tickets need the medical_agent role");
    }
    if (auto refusal = AssigneeCheck(m_services.database, m_services.cipher).refusal(ticket)) {
        throw ValidationFailed(*refusal, "assignee_id");
    }
    // The ticket, its audit record and its notifications commit together, in a batch shared with concurrent
    // writers (one fsync).
    const std::string id = ticket.id.toString();
    const AuditEntry entry = m_services.audit.entryFor(request, &principal, "ticket.create", "ticket", id, "success");
    Result<Ticket> created = Error {ErrorCode::Internal, {}, "not stored"};
    m_services.writes.run([&](Poco::Data::Session& session) {
        created = TicketRepository(m_services.database, m_services.cipher).create(session, ticket);
        if (created) {
            m_services.writes.appendAuditInBatch({entry});
            m_services.ticketNotifier.ticketCreated(session, created.value());
            m_services.sla.ticketCreated(session, created.value());
        }
    });
    if (!created) {
        throwDomainError(created.error());
    }
    response.set("Location", "/api/tickets/" + id);
    sendJsonText(response, Poco::Net::HTTPResponse::HTTP_CREATED,
                 ticketWithSlaText(created.value(), m_services.sla.report(id)));
}

} // namespace hss::server
