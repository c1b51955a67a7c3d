// SPDX-License-Identifier: MIT
#include "TicketCommentsResource.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../http/JsonResponse.h"
#include "../http/RequestBody.h"
#include "../sla/SlaTracker.h"
#include "../storage/CommentRepository.h"
#include "../storage/WriteQueue.h"
#include "DomainErrors.h"
#include "TicketAccess.h"
#include "TicketJson.h"
#include "hss/Clock.h"

namespace hss::server {

TicketCommentsResource::TicketCommentsResource(ServerServices& services, const PathParams& params)
    : m_services(services)
    , m_params(params)
{ }

void TicketCommentsResource::get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    TicketAccess access(m_services, request, m_params);
    access.readable("ticket.read");
    nlohmann::json items = nlohmann::json::array();
    for (const Comment& comment :
         CommentRepository(m_services.database, m_services.cipher).listForTicket(access.ticketId().toString())) {
        items.push_back(toJson(comment));
    }
    access.auditRead("comments");
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, {{"items", items}});
}

void TicketCommentsResource::post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    TicketAccess access(m_services, request, m_params);
    const nlohmann::json body = readJsonObject(request, m_services.maxBodyBytes);
    const Ticket ticket = access.changeable("comment.create");
    Comment comment = commentFromCreateBody(body);
    auto author = Uuid::parse(access.principal().userId, "author_id");
    if (!author) {
        throwDomainError(author.error());
    }
    comment.id = Uuid::createV7();
    comment.ticketId = access.ticketId();
    comment.authorId = author.value();
    comment.createdAt = m_services.clock.nowMs();
    // The comment and the SLA re-plan it causes (a reply stops or restarts clocks) commit together.
    Result<Comment> added = Error {ErrorCode::Internal, {}, "not stored"};
    m_services.writes.run([&](Poco::Data::Session& session) {
        added = CommentRepository(m_services.database, m_services.cipher).add(session, comment);
        if (added) {
            m_services.sla.commentAdded(session, ticket, added.value());
        }
    });
    if (!added) {
        throwDomainError(added.error());
    }
    access.audit("comment.create", "comment", comment.id.toString(), "ticket " + comment.ticketId.toString());
    sendJson(response, Poco::Net::HTTPResponse::HTTP_CREATED, toJson(added.value()));
}

} // namespace hss::server
