// SPDX-License-Identifier: MIT
#pragma once

#include <QFuture>
#include <QObject>
#include <optional>

#include "CoalescedCall.h"
#include "TicketDetails.h"
#include "hss/Result.h"
#include "hss/sync/TicketPatch.h"

namespace hss {
class Clock;
}

namespace hss::client {

class LocalChanges;
class LocalStore;
class StoreWorker;

/// The ticket editor's controller: reads one ticket with everything shown around it on the store's thread, and
/// writes through LocalChanges so every change lands in the outbox. It keeps the ticket it is showing and reloads
/// it when the store changes underneath (sync, another window).
class TicketEditService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketEditService)

public:
    /// Owns none of them; all must outlive the service.
    TicketEditService(StoreWorker& worker, LocalChanges& changes, const Clock& clock, QObject* parent = nullptr);

    /// Shows \a ticketId from now on and loads it.
    QFuture<std::optional<TicketDetails>> open(const Uuid& ticketId);
    /// Loads the current ticket again; emits loaded() (or missing()).
    QFuture<std::optional<TicketDetails>> reload();
    Uuid ticketId() const { return m_ticketId; }
    /// The last details loaded, if any.
    const std::optional<TicketDetails>& details() const { return m_details; }

    QFuture<Result<Ticket>> save(const sync::TicketPatch& patch);
    QFuture<Result<Comment>> addComment(const QString& body, CommentVisibility visibility);
    /// Marks the conflict note reviewed; with \a useOtherValue, first puts the note's other edit in place.
    QFuture<Status> resolveConflict(const TicketConflict& conflict, bool useOtherValue);
    /// Stores a new ticket (it does not become the current one).
    QFuture<Result<Ticket>> createTicket(const Ticket& draft);

    /// Reads the details of \a ticketId on the store's thread; nothing when the ticket is not stored.
    static std::optional<TicketDetails> readDetails(LocalStore& store, const Uuid& ticketId, qint64 nowMs);

public slots:
    /// Connect to whatever announces changed tickets (SyncEngine::pageApplied, LocalChanges::changed).
    void ticketsChanged();

signals:
    void loaded(const hss::client::TicketDetails& details);
    /// The current ticket is no longer in the store.
    void missing();
    /// A conflict note was reviewed here.
    void conflictResolved();

private:
    StoreWorker& m_worker;
    LocalChanges& m_changes;
    const Clock& m_clock;
    Uuid m_ticketId;
    std::optional<TicketDetails> m_details;
    CoalescedCall m_reloadAfterChanges {this, [this] { reload(); }};
};

} // namespace hss::client
