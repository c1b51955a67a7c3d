// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <optional>

#include <nlohmann/json_fwd.hpp>

#include "hss/Comment.h"
#include "hss/Enrollment.h"
#include "hss/Feedback.h"
#include "hss/Ticket.h"
#include "hss/sync/KbVote.h"
#include "hss/sync/Mutation.h"
#include "hss/sync/TicketPatch.h"
#include "storage/OutboxRepository.h"
#include "storage/StoreError.h"

namespace hss {
class HybridLogicalClock;
}

namespace hss::client {

/// Turns local changes into outbox entries, inside the caller's transaction. Each entry is a Mutation with a fresh
/// UUIDv7 id and a stamp from the console's hybrid logical clock; its rank is the ticket's severity, and every
/// pending entry of a ticket is raised with it so a ticket's changes go out together and in order.
///
/// A change to an entity whose newest entry has not been sent yet is folded into that entry instead of queued
/// behind it: offline edits of one ticket then reach the server as one mutation on one base revision, rather than
/// several on the same base that the server would have to treat as concurrent with each other. A sent entry is
/// never changed (the server may have applied it before the answer was lost).
class OutboxQueue final
{
public:
    /// Does not own hlc. nowMs is the device time written into the mutations.
    OutboxQueue(QSqlDatabase db, HybridLogicalClock& hlc, qint64 nowMs);

    std::optional<StoreError> ticketCreated(const Ticket& ticket);
    /// before: the ticket as shown before the change (its revision is the server revision it is based on).
    std::optional<StoreError> ticketUpdated(const Ticket& before, const sync::TicketPatch& patch, const Ticket& after);
    std::optional<StoreError> commentAdded(const Comment& comment, Priority ticketPriority);
    std::optional<StoreError> feedbackSubmitted(const Feedback& feedback, std::optional<Priority> ticketPriority);
    std::optional<StoreError> enrollmentSaved(const Enrollment& enrollment, bool created);
    /// A vote replaces the user's unsent vote on the same article, so only the last one goes out.
    std::optional<StoreError> kbVoted(const sync::KbVote& vote);

    /// The fields of a ticket create: the whole ticket, without the number and revision the server assigns.
    static nlohmann::json ticketCreateFields(const Ticket& ticket);

private:
    sync::Mutation newMutation(sync::SyncEntity entity, const Uuid& id, sync::MutationKind kind,
                               std::int64_t baseRevision, nlohmann::json fields);
    std::optional<StoreError> append(const sync::Mutation& mutation, const QString& ticketId, int rank);
    std::optional<StoreError> replace(const OutboxEntry& entry, sync::Mutation mutation, int rank);
    /// The newest entry of the entity when it can still be folded into, decoded.
    std::optional<std::pair<OutboxEntry, sync::Mutation>> foldable(sync::SyncEntity entity, const Uuid& id) const;

    QSqlDatabase m_db;
    HybridLogicalClock& m_hlc;
    qint64 m_nowMs;
    OutboxRepository m_outbox;
};

} // namespace hss::client
