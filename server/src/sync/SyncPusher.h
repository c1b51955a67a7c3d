// SPDX-License-Identifier: MIT
#pragma once

#include <Poco/Data/Session.h>
#include <Poco/Net/HTTPServerRequest.h>

#include "../auth/Principal.h"
#include "../storage/AuditRecord.h"
#include "hss/sync/PushRequest.h"
#include "hss/sync/PushResponse.h"

namespace hss::server {

struct ServerServices;

/// Applies a pushed batch of mutations exactly once: each mutation's effect, its remembered answer and its audit
/// record commit together (one transaction for the batch, a savepoint per mutation), and a mutation id seen
/// before gets its remembered answer and changes nothing. Tickets merge field by field (hss::sync merge rules);
/// the losing text of a conflict becomes an internal conflict note on the ticket; comments are append-only;
/// feedback and enrolments go through SyncPersonalWriter. A database failure fails the whole batch: push() then
/// throws ServiceUnavailable (503 with Retry-After) with nothing of the batch stored or remembered.
class SyncPusher final
{
public:
    explicit SyncPusher(ServerServices& services);

    sync::PushResponse push(const Poco::Net::HTTPServerRequest& request, const Principal& principal,
                            const sync::PushRequest& batch);

private:
    sync::MutationResult applyOnce(Poco::Data::Session& session, const Principal& principal,
                                   const std::string& deviceId, const sync::Mutation& mutation,
                                   std::vector<AuditEntry>& audit, const Poco::Net::HTTPServerRequest& request);
    sync::MutationResult apply(Poco::Data::Session& session, const Principal& principal,
                               const sync::Mutation& mutation);
    sync::MutationResult createTicket(Poco::Data::Session& session, const Principal& principal,
                                      const sync::Mutation& mutation);
    sync::MutationResult updateTicket(Poco::Data::Session& session, const Principal& principal,
                                      const sync::Mutation& mutation);
    sync::MutationResult deleteTicket(Poco::Data::Session& session, const Principal& principal,
                                      const sync::Mutation& mutation);
    sync::MutationResult createComment(Poco::Data::Session& session, const Principal& principal,
                                       const sync::Mutation& mutation);

    ServerServices& m_services;
};

} // namespace hss::server
