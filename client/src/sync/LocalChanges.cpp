// SPDX-License-Identifier: MIT
#include "LocalChanges.h"

#include <algorithm>

#include "OutboxQueue.h"
#include "core/FutureSupport.h"
#include "core/StoreWorker.h"
#include "hss/Clock.h"
#include "hss/HybridLogicalClock.h"
#include "hss/TicketStateMachine.h"
#include "storage/CommentRepository.h"
#include "storage/FeedbackRepository.h"
#include "storage/KbRepository.h"
#include "storage/TicketRepository.h"
#include "storage/TrainingRepository.h"
#include "storage/Transaction.h"

namespace hss::client {

namespace {

using sync::TicketPatch;

Error storeFailure(const StoreError& error)
{
    return Error {ErrorCode::Internal, "", "the local store refused the change: " + error.message.toStdString()};
}

Error notSignedIn()
{
    return Error {ErrorCode::InvalidArgument, "author_id", "no user is signed in on this console"};
}

/// patch without the fields that already hold the given value.
TicketPatch withoutUnchanged(const Ticket& current, TicketPatch patch)
{
    const auto drop = [](auto& field, const auto& value) {
        if (field && *field == value) {
            field.reset();
        }
    };
    drop(patch.title, current.title);
    drop(patch.description, current.description);
    drop(patch.priority, current.priority);
    drop(patch.category, current.category);
    drop(patch.status, current.status);
    drop(patch.channel, current.channel);
    drop(patch.requesterName, current.requesterName);
    drop(patch.requesterEmail, current.requesterEmail);
    drop(patch.assigneeId, current.assigneeId);
    drop(patch.team, current.team);
    drop(patch.medicalCaseRef, current.medicalCaseRef);
    drop(patch.escalationLevel, current.escalationLevel);
    return patch;
}

/// Runs write(store) in one transaction; the row and its outbox entry commit together or not at all.
template <class T, class Write>
Result<T> inTransaction(LocalStore& store, Write write)
{
    Transaction transaction(store.database());
    if (!transaction.isActive()) {
        return storeFailure(*transaction.error());
    }
    Result<T> result = write(store.database());
    if (!result) {
        return result; // rolled back
    }
    if (auto error = transaction.commit()) {
        return storeFailure(*error);
    }
    return result;
}

} // namespace

LocalChanges::LocalChanges(StoreWorker& worker, HybridLogicalClock& hlc, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
    , m_hlc(hlc)
    , m_clock(clock)
{ }

template <class T>
QFuture<Result<T>> LocalChanges::announce(QFuture<Result<T>> future)
{
    return thenOn(future, this, [this](Result<T> result) {
        if (result) {
            emit changed();
        }
        return result;
    });
}

QFuture<Result<Ticket>> LocalChanges::createTicket(Ticket draft)
{
    const qint64 now = m_clock.nowMs();
    if (draft.id.isNil()) {
        draft.id = Uuid::createV7();
    }
    draft.number.reset();
    draft.revision = 0;
    if (draft.createdAt == 0) {
        draft.createdAt = now;
    }
    draft.updatedAt = std::max<std::int64_t>(draft.createdAt, now);
    HybridLogicalClock* hlc = &m_hlc;
    return announce(m_worker.run<Result<Ticket>>([draft, now, hlc](LocalStore& store) {
        return inTransaction<Ticket>(store, [&](const QSqlDatabase& db) -> Result<Ticket> {
            if (auto valid = validate(draft); !valid) {
                return valid.error();
            }
            TicketRepository tickets(db);
            if (tickets.revisionOf(draft.id)) {
                return Error {ErrorCode::Conflict, "id", "a ticket with this id exists"};
            }
            if (auto error = tickets.upsert(draft)) {
                return storeFailure(*error);
            }
            if (auto error = OutboxQueue(db, *hlc, now).ticketCreated(draft)) {
                return storeFailure(*error);
            }
            return draft;
        });
    }));
}

QFuture<Result<Ticket>> LocalChanges::updateTicket(const Uuid& ticketId, const TicketPatch& requested)
{
    const qint64 now = m_clock.nowMs();
    HybridLogicalClock* hlc = &m_hlc;
    return announce(m_worker.run<Result<Ticket>>([ticketId, requested, now, hlc](LocalStore& store) {
        return inTransaction<Ticket>(store, [&](const QSqlDatabase& db) -> Result<Ticket> {
            if (auto valid = sync::validate(requested); !valid) {
                return valid.error();
            }
            TicketRepository tickets(db);
            const auto entry = tickets.findEntry(ticketId);
            if (!entry) {
                return Error {ErrorCode::NotFound, "id", "no such ticket in the local store"};
            }
            const Ticket& current = entry->ticket;
            const TicketPatch patch = withoutUnchanged(current, requested);
            if (patch == TicketPatch {}) {
                return current;
            }
            if (patch.status) {
                if (auto allowed = TicketStateMachine::checkTransition(current.status, *patch.status); !allowed) {
                    return allowed.error();
                }
            }
            Ticket next = sync::applyPatch(current, patch);
            next.updatedAt = std::max<std::int64_t>(current.updatedAt, now);
            if (auto valid = validate(next); !valid) {
                return valid.error();
            }
            if (auto error = tickets.upsert(next, entry->slaDueAt)) {
                return storeFailure(*error);
            }
            if (auto error = OutboxQueue(db, *hlc, now).ticketUpdated(current, patch, next)) {
                return storeFailure(*error);
            }
            return next;
        });
    }));
}

QFuture<Result<Comment>> LocalChanges::addComment(const Uuid& ticketId, const std::string& body,
                                                  CommentVisibility visibility)
{
    const qint64 now = m_clock.nowMs();
    if (m_userId.isNil()) {
        return QtFuture::makeReadyFuture(Result<Comment>(notSignedIn()));
    }
    Comment comment;
    comment.id = Uuid::createV7();
    comment.ticketId = ticketId;
    comment.authorId = m_userId;
    comment.body = body;
    comment.visibility = visibility;
    comment.createdAt = now;
    HybridLogicalClock* hlc = &m_hlc;
    return announce(m_worker.run<Result<Comment>>([comment, now, hlc](LocalStore& store) {
        return inTransaction<Comment>(store, [&](const QSqlDatabase& db) -> Result<Comment> {
            if (auto valid = validate(comment); !valid) {
                return valid.error();
            }
            const auto ticket = TicketRepository(db).find(comment.ticketId);
            if (!ticket) {
                return Error {ErrorCode::NotFound, "ticket_id", "no such ticket in the local store"};
            }
            if (auto error = CommentRepository(db).add(comment)) {
                return storeFailure(*error);
            }
            if (auto error = OutboxQueue(db, *hlc, now).commentAdded(comment, ticket->priority)) {
                return storeFailure(*error);
            }
            return comment;
        });
    }));
}

QFuture<Result<Feedback>> LocalChanges::submitFeedback(Feedback draft)
{
    const qint64 now = m_clock.nowMs();
    if (m_userId.isNil()) {
        return QtFuture::makeReadyFuture(Result<Feedback>(notSignedIn()));
    }
    if (draft.id.isNil()) {
        draft.id = Uuid::createV7();
    }
    draft.authorId = m_userId;
    if (draft.createdAt == 0) {
        draft.createdAt = now;
    }
    HybridLogicalClock* hlc = &m_hlc;
    return announce(m_worker.run<Result<Feedback>>([draft, now, hlc](LocalStore& store) {
        return inTransaction<Feedback>(store, [&](const QSqlDatabase& db) -> Result<Feedback> {
            if (auto valid = validate(draft); !valid) {
                return valid.error();
            }
            std::optional<Priority> ticketPriority;
            if (draft.ticketId) {
                if (auto ticket = TicketRepository(db).find(*draft.ticketId)) {
                    ticketPriority = ticket->priority;
                }
            }
            if (auto error = FeedbackRepository(db).add(draft)) {
                return storeFailure(*error);
            }
            if (auto error = OutboxQueue(db, *hlc, now).feedbackSubmitted(draft, ticketPriority)) {
                return storeFailure(*error);
            }
            return draft;
        });
    }));
}

QFuture<Result<Enrollment>> LocalChanges::enrol(const Uuid& courseId)
{
    const qint64 now = m_clock.nowMs();
    if (m_userId.isNil()) {
        return QtFuture::makeReadyFuture(Result<Enrollment>(notSignedIn()));
    }
    Enrollment enrollment;
    enrollment.id = Uuid::createV7();
    enrollment.courseId = courseId;
    enrollment.userId = m_userId;
    enrollment.status = EnrollmentStatus::Enrolled;
    enrollment.enrolledAt = now;
    HybridLogicalClock* hlc = &m_hlc;
    return announce(m_worker.run<Result<Enrollment>>([enrollment, now, hlc](LocalStore& store) {
        return inTransaction<Enrollment>(store, [&](const QSqlDatabase& db) -> Result<Enrollment> {
            if (auto valid = validate(enrollment); !valid) {
                return valid.error();
            }
            TrainingRepository training(db);
            for (const Enrollment& existing : training.enrollmentsOf(enrollment.userId)) {
                if (existing.courseId == enrollment.courseId) {
                    return existing; // already enrolled: nothing to record, as POST /api/training/enroll answers
                }
            }
            if (auto error = training.upsertEnrollment(enrollment)) {
                return Error {ErrorCode::NotFound, "course_id", "no such course in the local store"};
            }
            if (auto error = OutboxQueue(db, *hlc, now).enrollmentSaved(enrollment, true)) {
                return storeFailure(*error);
            }
            return enrollment;
        });
    }));
}

QFuture<Result<Enrollment>> LocalChanges::updateEnrollment(const Enrollment& enrollment)
{
    const qint64 now = m_clock.nowMs();
    HybridLogicalClock* hlc = &m_hlc;
    return announce(m_worker.run<Result<Enrollment>>([enrollment, now, hlc](LocalStore& store) {
        return inTransaction<Enrollment>(store, [&](const QSqlDatabase& db) -> Result<Enrollment> {
            if (auto valid = validate(enrollment); !valid) {
                return valid.error();
            }
            TrainingRepository training(db);
            const auto current = training.findEnrollment(enrollment.id);
            if (!current) {
                return Error {ErrorCode::NotFound, "id", "no such enrolment in the local store"};
            }
            if (current->userId != enrollment.userId || current->courseId != enrollment.courseId) {
                return Error {ErrorCode::InvalidArgument, "course_id", "an enrolment keeps its learner and course"};
            }
            if (*current == enrollment) {
                return enrollment;
            }
            if (auto error = training.upsertEnrollment(enrollment)) {
                return storeFailure(*error);
            }
            if (auto error = OutboxQueue(db, *hlc, now).enrollmentSaved(enrollment, false)) {
                return storeFailure(*error);
            }
            return enrollment;
        });
    }));
}

QFuture<Result<KbArticle>> LocalChanges::voteOnArticle(const Uuid& articleId, bool helpful)
{
    const qint64 now = m_clock.nowMs();
    if (m_userId.isNil()) {
        return QtFuture::makeReadyFuture(Result<KbArticle>(notSignedIn()));
    }
    const Uuid userId = m_userId;
    HybridLogicalClock* hlc = &m_hlc;
    return announce(m_worker.run<Result<KbArticle>>([articleId, userId, helpful, now, hlc](LocalStore& store) {
        return inTransaction<KbArticle>(store, [&](const QSqlDatabase& db) -> Result<KbArticle> {
            KbRepository articles(db);
            const std::optional<bool> previous = articles.ownVote(articleId, userId);
            auto voted = articles.recordVote(articleId, userId, helpful, now);
            if (!voted || previous == helpful) {
                return voted; // the same vote again: nothing to send
            }
            if (auto error = OutboxQueue(db, *hlc, now).kbVoted({articleId, helpful})) {
                return storeFailure(*error);
            }
            return voted;
        });
    }));
}

} // namespace hss::client
