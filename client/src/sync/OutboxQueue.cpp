// SPDX-License-Identifier: MIT
#include "OutboxQueue.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "SyncStateKeys.h"
#include "hss/HybridLogicalClock.h"
#include "storage/SyncStateRepository.h"

namespace hss::client {

namespace {

using sync::MutationKind;
using sync::SyncEntity;
using sync::TicketPatch;

QString text(std::string_view value)
{
    return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
}

QString idText(const Uuid& id)
{
    return QString::fromStdString(id.toString());
}

/// base with every field present in top overwritten.
TicketPatch overlay(TicketPatch base, const TicketPatch& top)
{
    const auto take = [](auto& into, const auto& from) {
        if (from) {
            into = from;
        }
    };
    take(base.title, top.title);
    take(base.description, top.description);
    take(base.priority, top.priority);
    take(base.category, top.category);
    take(base.status, top.status);
    take(base.channel, top.channel);
    take(base.requesterName, top.requesterName);
    take(base.requesterEmail, top.requesterEmail);
    take(base.assigneeId, top.assigneeId);
    take(base.team, top.team);
    take(base.medicalCaseRef, top.medicalCaseRef);
    take(base.escalationLevel, top.escalationLevel);
    return base;
}

} // namespace

OutboxQueue::OutboxQueue(QSqlDatabase db, HybridLogicalClock& hlc, qint64 nowMs)
    : m_db(db)
    , m_hlc(hlc)
    , m_nowMs(nowMs)
    , m_outbox(std::move(db))
{ }

nlohmann::json OutboxQueue::ticketCreateFields(const Ticket& ticket)
{
    Ticket fresh = ticket;
    fresh.number.reset();
    fresh.revision = 0;
    return toJson(fresh);
}

sync::Mutation OutboxQueue::newMutation(SyncEntity entity, const Uuid& id, MutationKind kind, std::int64_t baseRevision,
                                        nlohmann::json fields)
{
    sync::Mutation mutation;
    mutation.mutationId = Uuid::createV7();
    mutation.entity = entity;
    mutation.entityId = id;
    mutation.kind = kind;
    mutation.baseRevision = kind == MutationKind::Create ? 0 : baseRevision;
    mutation.fields = std::move(fields);
    mutation.deviceTimeMs = m_nowMs;
    mutation.hlc = m_hlc.now();
    return mutation;
}

std::optional<StoreError> OutboxQueue::append(const sync::Mutation& mutation, const QString& ticketId, int rank)
{
    OutboxEntry entry;
    entry.mutationId = idText(mutation.mutationId);
    entry.entity = text(toString(mutation.entity));
    entry.entityId = idText(mutation.entityId);
    entry.kind = text(toString(mutation.kind));
    entry.ticketId = ticketId;
    entry.priorityRank = rank;
    entry.payload = QByteArray::fromStdString(sync::toJson(mutation).dump());
    entry.createdAt = m_nowMs;
    if (auto error = m_outbox.enqueue(entry)) {
        return error;
    }
    if (!ticketId.isEmpty()) {
        if (auto error = m_outbox.raiseTicketPriority(ticketId, rank)) {
            return error;
        }
    }
    return SyncStateRepository(m_db).setValue(syncstate::hlc, QString::fromStdString(m_hlc.last().toString()));
}

std::optional<StoreError> OutboxQueue::replace(const OutboxEntry& entry, sync::Mutation mutation, int rank)
{
    // The folded mutation carries the newest edit's clock: its fields are the newest values.
    mutation.deviceTimeMs = m_nowMs;
    mutation.hlc = m_hlc.now();
    const int newRank = std::max(rank, entry.priorityRank);
    const QByteArray payload = QByteArray::fromStdString(sync::toJson(mutation).dump());
    if (auto error = m_outbox.replaceUnsentPayload(entry.seq, payload, newRank)) {
        return error;
    }
    if (!entry.ticketId.isEmpty()) {
        if (auto error = m_outbox.raiseTicketPriority(entry.ticketId, newRank)) {
            return error;
        }
    }
    return SyncStateRepository(m_db).setValue(syncstate::hlc, QString::fromStdString(m_hlc.last().toString()));
}

std::optional<std::pair<OutboxEntry, sync::Mutation>> OutboxQueue::foldable(SyncEntity entity, const Uuid& id) const
{
    auto latest = m_outbox.latestPendingFor(text(toString(entity)), idText(id));
    if (!latest || latest->sent) {
        return std::nullopt;
    }
    auto mutation = sync::mutationFromJson(nlohmann::json::parse(
        latest->payload.constData(), latest->payload.constData() + latest->payload.size(), nullptr, false));
    if (!mutation) {
        return std::nullopt;
    }
    return std::make_pair(std::move(*latest), std::move(mutation).value());
}

std::optional<StoreError> OutboxQueue::ticketCreated(const Ticket& ticket)
{
    return append(newMutation(SyncEntity::Ticket, ticket.id, MutationKind::Create, 0, ticketCreateFields(ticket)),
                  idText(ticket.id), severityRank(ticket.priority));
}

std::optional<StoreError> OutboxQueue::ticketUpdated(const Ticket& before, const TicketPatch& patch,
                                                     const Ticket& after)
{
    const int rank = severityRank(after.priority);
    if (auto pending = foldable(SyncEntity::Ticket, after.id)) {
        auto& [entry, mutation] = *pending;
        if (mutation.kind == MutationKind::Create) {
            mutation.fields = ticketCreateFields(after);
            return replace(entry, std::move(mutation), rank);
        }
        auto pendingPatch = sync::ticketPatchFromJson(mutation.fields);
        if (mutation.kind == MutationKind::Update && pendingPatch) {
            TicketPatch folded = overlay(pendingPatch.value(), patch);
            std::optional<TicketPatch> secondStatus;
            if (pendingPatch.value().status && patch.status) {
                // Two status moves in a row may each be allowed while the jump from the first to the last is not:
                // keep both, in order.
                folded.status = pendingPatch.value().status;
                secondStatus = TicketPatch {};
                secondStatus->status = patch.status;
            }
            const std::int64_t base = mutation.baseRevision;
            mutation.fields = toJson(folded);
            if (auto error = replace(entry, std::move(mutation), rank)) {
                return error;
            }
            if (!secondStatus) {
                return std::nullopt;
            }
            return append(newMutation(SyncEntity::Ticket, after.id, MutationKind::Update, base, toJson(*secondStatus)),
                          idText(after.id), rank);
        }
    }
    // A ticket made here and not yet acknowledged has revision 0; the server stores its create as revision 1.
    const std::int64_t base = std::max<std::int64_t>(before.revision, 1);
    return append(newMutation(SyncEntity::Ticket, after.id, MutationKind::Update, base, toJson(patch)),
                  idText(after.id), rank);
}

std::optional<StoreError> OutboxQueue::commentAdded(const Comment& comment, Priority ticketPriority)
{
    return append(newMutation(SyncEntity::Comment, comment.id, MutationKind::Create, 0, toJson(comment)),
                  idText(comment.ticketId), severityRank(ticketPriority));
}

std::optional<StoreError> OutboxQueue::feedbackSubmitted(const Feedback& feedback,
                                                         std::optional<Priority> ticketPriority)
{
    return append(newMutation(SyncEntity::Feedback, feedback.id, MutationKind::Create, 0, toJson(feedback)),
                  feedback.ticketId ? idText(*feedback.ticketId) : QString(),
                  severityRank(ticketPriority.value_or(Priority::Low)));
}

std::optional<StoreError> OutboxQueue::enrollmentSaved(const Enrollment& enrollment, bool created)
{
    const int rank = severityRank(Priority::Low);
    if (auto pending = foldable(SyncEntity::Enrollment, enrollment.id)) {
        auto& [entry, mutation] = *pending;
        mutation.fields = toJson(enrollment); // both kinds carry the whole enrolment
        return replace(entry, std::move(mutation), rank);
    }
    return append(newMutation(SyncEntity::Enrollment, enrollment.id,
                              created ? MutationKind::Create : MutationKind::Update, 0, toJson(enrollment)),
                  QString(), rank);
}

std::optional<StoreError> OutboxQueue::kbVoted(const sync::KbVote& vote)
{
    const int rank = severityRank(Priority::Low);
    if (auto pending = foldable(SyncEntity::KbVote, vote.articleId)) {
        auto& [entry, mutation] = *pending;
        mutation.fields = sync::toJson(vote);
        return replace(entry, std::move(mutation), rank);
    }
    return append(newMutation(SyncEntity::KbVote, vote.articleId, MutationKind::Create, 0, sync::toJson(vote)),
                  QString(), rank);
}

} // namespace hss::client
