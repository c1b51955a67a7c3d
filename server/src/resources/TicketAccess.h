// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>

#include <Poco/Data/Session.h>
#include <Poco/Net/HTTPServerRequest.h>

#include "../app/ServerServices.h"
#include "../auth/Principal.h"
#include "../http/Router.h"
#include "../storage/TicketReader.h"
#include "hss/Ticket.h"
#include "hss/Uuid.h"

namespace hss::server {

/// The steps every /api/tickets/{id}… request shares, in order: authenticate, read the id from the path (400
/// unless a UUID), check the role (403), load the ticket (404), check the object (403). Every refusal for lack of
/// rights is recorded in the audit trail with outcome "denied". One instance per request.
class TicketAccess final
{
public:
    /// Authenticates the request (Unauthorized) and reads the {id} path parameter (BadRequest).
    TicketAccess(ServerServices& services, const Poco::Net::HTTPServerRequest& request, const PathParams& params);

    /// Who sent the request.
    const Principal& principal() const { return m_principal; }
    /// The ticket id from the path.
    const Uuid& ticketId() const { return m_ticketId; }

    /// The ticket, if the caller works on tickets, it exists and AccessPolicy lets them read it.
    Ticket readable(const std::string& action);
    /// The same with its SLA history, read together (or remembered: TicketReadCache).
    std::shared_ptr<const TicketWithHistory> readableWithHistory(const std::string& action);
    /// The ticket, if the caller works on tickets, it exists and AccessPolicy lets them change it.
    Ticket changeable(const std::string& action);
    /// Throws Forbidden unless the caller may delete tickets.
    void requireDelete(const std::string& action);

    /// Records \a action on the ticket (or on \a objectType / \a objectId) with outcome "success".
    /// Records a successful read of this ticket (queued: the answer does not wait for the record's fsync).
    void auditRead(const std::string& detail = {});

    void audit(const std::string& action, const std::string& objectType = "ticket", const std::string& objectId = {},
               const std::string& detail = {});
    /// Records \a action as "denied" and throws Forbidden with \a message.
    [[noreturn]] void deny(const std::string& action, const std::string& message);

private:
    Ticket load(const std::string& action);
    void requireTicketRole(const std::string& action);

    ServerServices& m_services;
    const Poco::Net::HTTPServerRequest& m_request;
    Principal m_principal;
    Uuid m_ticketId;
};

} // namespace hss::server
