// SPDX-License-Identifier: MIT
#pragma once

#include <QFuture>
#include <QObject>
#include <optional>
#include <string>

#include "hss/Comment.h"
#include "hss/Enrollment.h"
#include "hss/Feedback.h"
#include "hss/KbArticle.h"
#include "hss/Result.h"
#include "hss/Ticket.h"
#include "hss/Uuid.h"
#include "hss/sync/TicketPatch.h"

namespace hss {
class Clock;
class HybridLogicalClock;
} // namespace hss

namespace hss::client {

class StoreWorker;

/// The only way the console changes synced data. Each call writes the local row and its outbox entry in one
/// transaction on the store's thread, so a change is never kept without the mutation that will carry it to the
/// server, nor the other way round. Failures come back as values: InvalidArgument and friends from validation,
/// NotFound for an unknown row, Internal for a store error.
class LocalChanges final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalChanges)

public:
    /// Does not own worker, hlc or clock; all must outlive this object.
    LocalChanges(StoreWorker& worker, HybridLogicalClock& hlc, const Clock& clock, QObject* parent = nullptr);

    /// The signed-in user: the author of comments, feedback and enrolments.
    void setUserId(const Uuid& userId) { m_userId = userId; }
    Uuid userId() const { return m_userId; }

    /// Stores a new ticket (id made here when nil; number empty until the server assigns one).
    QFuture<Result<Ticket>> createTicket(Ticket draft);
    /// Changes the given fields. Fields equal to the current value are dropped; an empty patch changes nothing.
    /// A status change must be allowed by TicketStateMachine.
    QFuture<Result<Ticket>> updateTicket(const Uuid& ticketId, const sync::TicketPatch& patch);
    QFuture<Result<Comment>> addComment(const Uuid& ticketId, const std::string& body, CommentVisibility visibility);
    QFuture<Result<Feedback>> submitFeedback(Feedback draft);
    /// Enrols the signed-in user; when already enrolled in the course, returns that enrolment and records nothing.
    QFuture<Result<Enrollment>> enrol(const Uuid& courseId);
    /// Records progress (completed modules, status) on an existing enrolment.
    QFuture<Result<Enrollment>> updateEnrollment(const Enrollment& enrollment);
    /// Keeps the signed-in user's one vote on a stored article (a change of mind replaces it, also in the outbox)
    /// and returns the article with its counts as the server will count them.
    QFuture<Result<KbArticle>> voteOnArticle(const Uuid& articleId, bool helpful);

signals:
    /// A change was committed; the sync engine pushes it when it can.
    void changed();

private:
    template <class T>
    QFuture<Result<T>> announce(QFuture<Result<T>> future);

    StoreWorker& m_worker;
    HybridLogicalClock& m_hlc;
    const Clock& m_clock;
    Uuid m_userId;
};

} // namespace hss::client
