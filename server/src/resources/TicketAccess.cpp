// SPDX-License-Identifier: MIT
#include "TicketAccess.h"

#include "../authz/AccessPolicy.h"
#include "../authz/AuditTrail.h"
#include "../authz/Authenticator.h"
#include "../http/HttpErrors.h"
#include "../storage/TicketRepository.h"

namespace hss::server {

namespace {

Uuid idFromPath(const PathParams& params)
{
    const auto it = params.find("id");
    auto id = it == params.end() ? Result<Uuid>(Error {}) : Uuid::parse(it->second);
    if (!id) {
        // The text itself is not echoed: it may be anything, e.g. a path traversal attempt.
        throw BadRequest("the ticket id in the path must be a UUID");
    }
    return id.value();
}

} // namespace

TicketAccess::TicketAccess(ServerServices& services, const Poco::Net::HTTPServerRequest& request,
                           const PathParams& params)
    : m_services(services)
    , m_request(request)
    , m_principal(services.authenticator.authenticate(request))
    , m_ticketId(idFromPath(params))
{ }

void TicketAccess::requireTicketRole(const std::string& action)
{
    if (!AccessPolicy::canWorkOnTickets(m_principal)) {
        deny(action, "your roles do not give access to tickets");
    }
}

Ticket TicketAccess::load(const std::string& action)
{
    requireTicketRole(action);
    auto ticket = TicketRepository(m_services.database, m_services.cipher).find(m_ticketId.toString());
    if (!ticket) {
        throw NotFound("no ticket with this id");
    }
    return std::move(ticket).value();
}

Ticket TicketAccess::readable(const std::string& action)
{
    Ticket ticket = load(action);
    if (!AccessPolicy::canReadTicket(m_principal, ticket)) {
        deny(action, "this ticket belongs to another team or needs the medical_agent role");
    }
    return ticket;
}

std::shared_ptr<const TicketWithHistory> TicketAccess::readableWithHistory(const std::string& action)
{
    requireTicketRole(action);
    auto found = TicketReader(m_services.database, m_services.cipher).find(m_ticketId.toString());
    if (!found) {
        throw NotFound("no ticket with this id");
    }
    if (!AccessPolicy::canReadTicket(m_principal, found.value()->ticket)) {
        deny(action, "this ticket belongs to another team or needs the medical_agent role");
    }
    return std::move(found).value();
}

Ticket TicketAccess::changeable(const std::string& action)
{
    Ticket ticket = load(action);
    if (!AccessPolicy::canChangeTicket(m_principal, ticket)) {
        deny(action, "this ticket belongs to another team or needs the medical_agent role");
    }
    return ticket;
}

void TicketAccess::requireDelete(const std::string& action)
{
    if (!AccessPolicy::canDeleteTickets(m_principal)) {
        deny(action, "deleting tickets needs the supervisor or admin role");
    }
}

void TicketAccess::audit(const std::string& action, const std::string& objectType, const std::string& objectId,
                         const std::string& detail)
{
    m_services.audit.record(m_request, &m_principal, action, objectType,
                            objectId.empty() ? m_ticketId.toString() : objectId, "success", detail);
}

void TicketAccess::auditRead(const std::string& detail)
{
    m_services.audit.recordReads(m_request, m_principal, "ticket.read", "ticket", {m_ticketId.toString()}, detail);
}

void TicketAccess::deny(const std::string& action, const std::string& message)
{
    m_services.audit.record(m_request, &m_principal, action, "ticket", m_ticketId.toString(), "denied");
    throw Forbidden(message);
}

} // namespace hss::server
