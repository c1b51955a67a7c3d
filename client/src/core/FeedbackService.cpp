// SPDX-License-Identifier: MIT
#include "FeedbackService.h"

#include <QPromise>
#include <memory>

#include "FutureSupport.h"
#include "StoreWorker.h"
#include "storage/FeedbackRepository.h"
#include "storage/TicketRepository.h"
#include "sync/LocalChanges.h"

namespace hss::client {

namespace {

constexpr int rateableTicketsMax = 200;

} // namespace

FeedbackService::FeedbackService(StoreWorker& worker, LocalChanges& changes, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
    , m_changes(changes)
{ }

bool FeedbackService::isRateable(TicketStatus status)
{
    return status == TicketStatus::Resolved || status == TicketStatus::Closed;
}

std::vector<FeedbackRow> FeedbackService::read(LocalStore& store)
{
    const QSqlDatabase db = store.database();
    const TicketRepository tickets(db);
    std::vector<FeedbackRow> rows;
    for (Feedback& entry : FeedbackRepository(db).recent(listLimit)) {
        FeedbackRow row;
        if (entry.ticketId) {
            if (auto ticket = tickets.find(*entry.ticketId)) {
                row.ticketNumber = ticket->number;
                row.ticketTitle = ticket->title;
            }
        }
        row.feedback = std::move(entry);
        rows.push_back(std::move(row));
    }
    return rows;
}

QFuture<std::vector<FeedbackRow>> FeedbackService::reload()
{
    auto read = m_worker.run<std::vector<FeedbackRow>>([](LocalStore& store) { return FeedbackService::read(store); });
    return thenOn(read, this, [this](std::vector<FeedbackRow> rows) {
        m_rows = rows;
        emit loaded(m_rows);
        return rows;
    });
}

void FeedbackService::storeChanged()
{
    m_reloadAfterChanges.request();
}

QFuture<std::optional<Ticket>> FeedbackService::ticket(const Uuid& ticketId)
{
    return m_worker.run<std::optional<Ticket>>(
        [ticketId](LocalStore& store) { return TicketRepository(store.database()).find(ticketId); });
}

QFuture<std::vector<Ticket>> FeedbackService::rateableTickets()
{
    return m_worker.run<std::vector<Ticket>>([](LocalStore& store) {
        const TicketRepository repository(store.database());
        std::vector<Ticket> tickets;
        for (TicketStatus status : {TicketStatus::Resolved, TicketStatus::Closed}) {
            TicketQuery query;
            query.view = TicketQuery::View::Everything;
            query.sort = TicketQuery::Sort::Updated;
            query.descending = true;
            query.status = status;
            query.limit = rateableTicketsMax;
            for (QueueEntry& entry : repository.query(query)) {
                tickets.push_back(std::move(entry.ticket));
            }
        }
        std::stable_sort(tickets.begin(), tickets.end(),
                         [](const Ticket& a, const Ticket& b) { return a.updatedAt > b.updatedAt; });
        return tickets;
    });
}

QFuture<Result<Feedback>> FeedbackService::submit(const Uuid& ticketId, int csatScore, const QString& comment,
                                                  FeedbackCategory category,
                                                  std::optional<metrics::SafetyOutcome> safetyOutcome)
{
    Feedback draft;
    draft.ticketId = ticketId;
    draft.csatScore = csatScore;
    draft.comment = comment.trimmed().toStdString();
    draft.category = category;
    draft.safetyOutcome = safetyOutcome;
    // The check and the write are two store jobs; a ticket reopened in between still gets this feedback, which
    // matches the server (it accepts feedback on any ticket) and loses nothing.
    auto promise = std::make_shared<QPromise<Result<Feedback>>>();
    promise->start();
    QFuture<Result<Feedback>> result = promise->future();
    whenFinished(ticket(ticketId), this, [this, promise, draft](std::optional<Ticket> stored) {
        const auto finish = [promise](Result<Feedback> outcome) {
            promise->addResult(std::move(outcome));
            promise->finish();
        };
        if (!stored) {
            finish(Error {ErrorCode::NotFound, "ticket_id", "no such ticket in the local store"});
            return;
        }
        if (!isRateable(stored->status)) {
            finish(Error {ErrorCode::InvalidTransition, "ticket_id",
                          "feedback can only be given on a resolved or closed ticket"});
            return;
        }
        whenFinished(m_changes.submitFeedback(draft), this, [this, finish](Result<Feedback> saved) {
            if (saved) {
                reload();
            }
            finish(std::move(saved));
        });
    });
    return result;
}

} // namespace hss::client
