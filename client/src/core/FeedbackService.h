// SPDX-License-Identifier: MIT
#pragma once

#include <QFuture>
#include <QObject>
#include <QString>
#include <optional>
#include <vector>

#include "CoalescedCall.h"
#include "hss/Feedback.h"
#include "hss/Result.h"
#include "hss/Ticket.h"

namespace hss::client {

class LocalChanges;
class LocalStore;
class StoreWorker;

/// One line of the feedback list: the entry and the ticket it is about, when that ticket is stored here.
struct FeedbackRow
{
    Feedback feedback;
    std::optional<std::int64_t> ticketNumber;
    std::string ticketTitle;
};

/// The feedback page's controller: lists recent feedback and submits CSAT feedback on resolved or closed tickets
/// through LocalChanges (stored and queued in one transaction, so it works offline).
class FeedbackService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackService)

public:
    /// How many entries the list shows.
    static constexpr int listLimit = 500;

    /// Owns neither; both must outlive the service.
    FeedbackService(StoreWorker& worker, LocalChanges& changes, QObject* parent = nullptr);

    QFuture<std::vector<FeedbackRow>> reload();
    const std::vector<FeedbackRow>& rows() const { return m_rows; }

    /// The ticket as stored here, if any (the dialog shows it and refuses unresolved ones early).
    QFuture<std::optional<Ticket>> ticket(const Uuid& ticketId);
    /// Resolved and closed tickets, most recently updated first, that feedback can be given on.
    QFuture<std::vector<Ticket>> rateableTickets();
    /// Stores feedback about \a ticketId; refused with InvalidTransition (and nothing stored) unless the ticket is
    /// resolved or closed, NotFound when it is not stored here. \a safetyOutcome is a clinician's verdict on the AI
    /// system's critical decision in the ticket (a patient-safety report), when given.
    QFuture<Result<Feedback>> submit(const Uuid& ticketId, int csatScore, const QString& comment,
                                     FeedbackCategory category,
                                     std::optional<metrics::SafetyOutcome> safetyOutcome = std::nullopt);

    /// True for the statuses feedback may be given in.
    static bool isRateable(TicketStatus status);
    static std::vector<FeedbackRow> read(LocalStore& store);

public slots:
    /// Connect to ConsoleSession::storeChanged: the server may have added a sentiment score.
    void storeChanged();

signals:
    void loaded(const std::vector<hss::client::FeedbackRow>& rows);

private:
    StoreWorker& m_worker;
    LocalChanges& m_changes;
    std::vector<FeedbackRow> m_rows;
    CoalescedCall m_reloadAfterChanges {this, [this] { reload(); }};
};

} // namespace hss::client
