// SPDX-License-Identifier: MIT
#include "SyncPusher.h"

#include <exception>

#include <Poco/Exception.h>
#include <Poco/Logger.h>

#include "../app/ServerServices.h"
#include "../authz/AccessPolicy.h"
#include "../authz/AssigneeCheck.h"
#include "../authz/AuditTrail.h"
#include "../http/HttpErrors.h"
#include "../notify/TicketNotifier.h"
#include "../sla/SlaTracker.h"
#include "../storage/AuditLogRepository.h"
#include "../storage/CommentRepository.h"
#include "../storage/SyncMutationRepository.h"
#include "../storage/TicketRepository.h"
#include "../storage/WriteQueue.h"
#include "KbVoteApplier.h"
#include "SyncNotifier.h"
#include "SyncPersonalWriter.h"
#include "hss/Clock.h"
#include "hss/HybridLogicalClock.h"
#include "hss/sync/ConflictNoteText.h"
#include "hss/sync/TicketMerge.h"

using namespace Poco::Data::Keywords;

namespace hss::server {

namespace {

// A failed database usually recovers within seconds (lock, failover, full disk being cleared).
constexpr long storageRetryAfterSeconds = 5;

sync::MutationResult rejected(const sync::Mutation& mutation, std::string reason)
{
    return sync::MutationResult {mutation.mutationId, sync::MutationOutcome::Rejected, std::move(reason), 0, {}, {}};
}

sync::MutationResult applied(const sync::Mutation& mutation, std::int64_t revision,
                             std::optional<std::int64_t> number = {})
{
    return sync::MutationResult {mutation.mutationId, sync::MutationOutcome::Applied, {}, revision, number, {}};
}

std::string describeCurrentException()
{
    try {
        throw;
    } catch (const Poco::Exception& error) {
        return error.displayText();
    } catch (const std::exception& error) {
        return error.what();
    } catch (...) {
        return "unknown error";
    }
}

} // namespace

SyncPusher::SyncPusher(ServerServices& services)
    : m_services(services)
{ }

sync::PushResponse SyncPusher::push(const Poco::Net::HTTPServerRequest& request, const Principal& principal,
                                    const sync::PushRequest& batch)
{
    sync::PushResponse response;
    response.results.resize(batch.mutations.size());
    try {
        m_services.writes.run([&](Poco::Data::Session& session) {
            std::vector<AuditEntry> audit;
            for (std::size_t i = 0; i < batch.mutations.size(); ++i) {
                const sync::Mutation& mutation = batch.mutations[i];
                session << "SAVEPOINT hss_mutation", now;
                const std::size_t auditBefore = audit.size();
                try {
                    response.results[i] = applyOnce(session, principal, batch.deviceId, mutation, audit, request);
                    session << "RELEASE SAVEPOINT hss_mutation", now;
                } catch (const Poco::IOException&) {
                    throw; // the database failed, not this mutation: the whole batch fails and is retried
                } catch (...) {
                    // A fault of this mutation alone (not remembered, so it may be requeued); the batch goes on.
                    response.results[i] =
                        rejected(mutation, "the server could not apply this change: " + describeCurrentException());
                    audit.resize(auditBefore);
                    session << "ROLLBACK TO SAVEPOINT hss_mutation", now;
                    session << "RELEASE SAVEPOINT hss_mutation", now;
                }
            }
            AuditLogRepository(m_services.database).appendAll(session, audit);
        });
    } catch (const Poco::IOException& error) {
        // Poco::Data errors are IOExceptions. The job was rolled back as a whole, so nothing of the batch is kept
        // and no answer remembered: the console keeps every mutation in its outbox and sends them again.
        Poco::Logger::get("hss.sync")
            .warning("push of %z mutations not stored: %s", batch.mutations.size(), error.displayText());
        throw ServiceUnavailable("the server could not store this batch of changes; nothing of it was kept, retry "
                                 "later",
                                 storageRetryAfterSeconds);
    }
    m_services.syncNotifier.notifyChanged();
    response.serverHlc = m_services.hlc.now();
    return response;
}

sync::MutationResult SyncPusher::applyOnce(Poco::Data::Session& session, const Principal& principal,
                                           const std::string& deviceId, const sync::Mutation& mutation,
                                           std::vector<AuditEntry>& audit, const Poco::Net::HTTPServerRequest& request)
{
    SyncMutationRepository remembered(m_services.database);
    if (auto answer = remembered.find(session, mutation.mutationId.toString())) {
        return *answer; // a retry: the first answer, nothing applied again
    }
    sync::MutationResult result;
    if (auto received = m_services.hlc.receive(mutation.hlc); !received) {
        result = rejected(mutation, "the device clock is too far ahead of the server's: " + received.error().message);
    } else if (!sync::isMutationAllowed(mutation.entity, mutation.kind)) {
        result = rejected(mutation,
                          std::string(toString(mutation.entity)) + " cannot be " + std::string(toString(mutation.kind))
                              + "d through sync");
    } else {
        result = apply(session, principal, mutation);
    }
    result.mutationId = mutation.mutationId;
    remembered.remember(session, mutation, result, principal.userId, deviceId, m_services.clock.nowMs());
    audit.push_back(m_services.audit.entryFor(
        request, &principal,
        "sync." + std::string(toString(mutation.entity)) + "." + std::string(toString(mutation.kind)),
        std::string(toString(mutation.entity)), mutation.entityId.toString(), std::string(toString(result.outcome)),
        "mutation " + mutation.mutationId.toString()));
    return result;
}

sync::MutationResult SyncPusher::apply(Poco::Data::Session& session, const Principal& principal,
                                       const sync::Mutation& mutation)
{
    if (mutation.entity == sync::SyncEntity::Ticket) {
        switch (mutation.kind) {
        case sync::MutationKind::Create:
            return createTicket(session, principal, mutation);
        case sync::MutationKind::Update:
            return updateTicket(session, principal, mutation);
        case sync::MutationKind::Delete:
            return deleteTicket(session, principal, mutation);
        }
    }
    if (mutation.entity == sync::SyncEntity::Comment && mutation.kind == sync::MutationKind::Create) {
        return createComment(session, principal, mutation);
    }
    if (mutation.entity == sync::SyncEntity::Feedback && mutation.kind == sync::MutationKind::Create) {
        return SyncPersonalWriter(m_services).createFeedback(session, principal, mutation);
    }
    if (mutation.entity == sync::SyncEntity::KbVote && mutation.kind == sync::MutationKind::Create) {
        return applyKbVote(m_services, session, principal, mutation);
    }
    if (mutation.entity == sync::SyncEntity::Enrollment
        && (mutation.kind == sync::MutationKind::Create || mutation.kind == sync::MutationKind::Update)) {
        return SyncPersonalWriter(m_services).saveEnrollment(session, principal, mutation);
    }
    return rejected(mutation,
                    "the server does not accept " + std::string(toString(mutation.entity))
                        + " changes through sync yet; use the REST API");
}

sync::MutationResult SyncPusher::createTicket(Poco::Data::Session& session, const Principal& principal,
                                              const sync::Mutation& mutation)
{
    auto incoming = ticketFromJson(mutation.fields);
    if (!incoming) {
        return rejected(mutation, describe(incoming.error()));
    }
    if (incoming.value().id != mutation.entityId) {
        return rejected(mutation, "fields.id differs from entity_id");
    }
    if (!AccessPolicy::canCreateTicket(principal, incoming.value())) {
        return rejected(mutation, "your roles do not allow creating this ticket");
    }
    if (auto refusal = AssigneeCheck(m_services.database, m_services.cipher).refusal(incoming.value())) {
        return rejected(mutation, *refusal);
    }
    const sync::TicketMergeResult merge = sync::mergeTicketCreate(incoming.value(), mutation.hlc);
    if (merge.outcome == sync::MutationOutcome::Rejected) {
        return rejected(mutation, merge.reason);
    }
    TicketRepository tickets(m_services.database, m_services.cipher);
    auto created = tickets.create(session, merge.merged, TicketWrite {mutation.hlc.toString(), merge.stamps});
    if (!created) {
        return rejected(mutation, describe(created.error()));
    }
    m_services.ticketNotifier.ticketCreated(session, created.value()); // in this mutation's savepoint
    m_services.sla.ticketCreated(session, created.value());
    return applied(mutation, created.value().revision, created.value().number);
}

sync::MutationResult SyncPusher::updateTicket(Poco::Data::Session& session, const Principal& principal,
                                              const sync::Mutation& mutation)
{
    auto patch = sync::ticketPatchFromJson(mutation.fields);
    if (!patch) {
        return rejected(mutation, describe(patch.error()));
    }
    TicketRepository tickets(m_services.database, m_services.cipher);
    const std::string id = mutation.entityId.toString();
    auto current = tickets.find(session, id);
    if (!current) {
        return rejected(mutation, "the ticket no longer exists on the server");
    }
    if (!AccessPolicy::canChangeTicket(principal, current.value())) {
        return rejected(mutation, "this ticket belongs to another team or needs the medical_agent role");
    }
    auto stamps = tickets.fieldStamps(session, id);
    const std::int64_t nowMs = m_services.clock.nowMs();
    const sync::TicketMergeResult merge =
        sync::mergeTicketUpdate(current.value(), stamps ? stamps.value() : sync::TicketFieldStamps {}, patch.value(),
                                mutation.baseRevision, mutation.hlc, nowMs);
    if (merge.outcome == sync::MutationOutcome::Rejected) {
        return rejected(mutation, merge.reason);
    }
    if (!AccessPolicy::canCreateTicket(principal, merge.merged)) {
        return rejected(mutation, "medical tickets need the medical_agent role");
    }
    if (merge.merged.assigneeId != current.value().assigneeId) {
        if (auto refusal = AssigneeCheck(m_services.database, m_services.cipher).refusal(merge.merged)) {
            return rejected(mutation, *refusal);
        }
    }
    if (merge.merged.revision != current.value().revision) {
        auto updated = tickets.update(session, merge.merged, current.value().revision,
                                      TicketWrite {mutation.hlc.toString(), merge.stamps});
        if (!updated) {
            return rejected(mutation, describe(updated.error()));
        }
        m_services.sla.ticketChanged(session, current.value(), updated.value());
    } else if (stamps && merge.stamps != stamps.value()) {
        tickets.setFieldStamps(session, id, merge.stamps);
    }
    CommentRepository comments(m_services.database, m_services.cipher);
    for (const sync::ConflictNote& note : merge.conflicts) {
        // The losing text stays visible on the ticket, as an internal note by the person who typed it.
        Comment comment;
        comment.id = Uuid::createV7();
        comment.ticketId = mutation.entityId;
        comment.authorId = Uuid::parse(principal.userId).value();
        comment.body = sync::conflictNoteText(note);
        comment.visibility = CommentVisibility::InternalNote;
        comment.createdAt = nowMs;
        if (auto added = comments.add(session, comment, mutation.hlc.toString()); !added) {
            throw std::runtime_error("conflict note not stored: " + describe(added.error()));
        }
    }
    return sync::toMutationResult(merge, mutation.mutationId);
}

sync::MutationResult SyncPusher::deleteTicket(Poco::Data::Session& session, const Principal& principal,
                                              const sync::Mutation& mutation)
{
    if (!AccessPolicy::canDeleteTickets(principal)) {
        return rejected(mutation, "deleting tickets needs the supervisor or admin role");
    }
    TicketRepository tickets(m_services.database, m_services.cipher);
    const Status removed = tickets.remove(session, mutation.entityId.toString(), m_services.clock.nowMs());
    if (!removed && removed.error().code != ErrorCode::NotFound) {
        return rejected(mutation, describe(removed.error()));
    }
    return applied(mutation, 1); // gone either way
}

sync::MutationResult SyncPusher::createComment(Poco::Data::Session& session, const Principal& principal,
                                               const sync::Mutation& mutation)
{
    auto comment = commentFromJson(mutation.fields);
    if (!comment) {
        return rejected(mutation, describe(comment.error()));
    }
    if (comment.value().id != mutation.entityId) {
        return rejected(mutation, "fields.id differs from entity_id");
    }
    if (comment.value().authorId.toString() != principal.userId) {
        return rejected(mutation, "a comment's author must be the person signed in");
    }
    auto ticket =
        TicketRepository(m_services.database, m_services.cipher).find(session, comment.value().ticketId.toString());
    if (!ticket) {
        return rejected(mutation, "the ticket no longer exists on the server");
    }
    if (!AccessPolicy::canChangeTicket(principal, ticket.value())) {
        return rejected(mutation, "this ticket belongs to another team or needs the medical_agent role");
    }
    auto added = CommentRepository(m_services.database, m_services.cipher)
                     .add(session, comment.value(), mutation.hlc.toString());
    if (!added && added.error().code != ErrorCode::Conflict) {
        return rejected(mutation, describe(added.error()));
    }
    if (added) {
        m_services.sla.commentAdded(session, ticket.value(), added.value());
    }
    return applied(mutation, 1); // comments never change: a second copy with the same id is the same comment
}

} // namespace hss::server
