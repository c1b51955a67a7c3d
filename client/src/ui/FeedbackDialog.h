// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include "hss/Uuid.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace hss::client {

class FeedbackService;

/// Feedback with a CSAT score (1–5), category and comment about one ticket. Only resolved or closed tickets
/// can be rated: for any other the dialog says so and Submit stays disabled. The entry is stored and queued
/// through LocalChanges, so it works offline.
class FeedbackDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackDialog)

public:
    /// Does not own \a service, which must outlive the dialog. Loads the ticket at once; show with open().
    FeedbackDialog(FeedbackService& service, const Uuid& ticketId, QWidget* parent = nullptr);

    Uuid ticketId() const { return m_ticketId; }
    /// Selects the CSAT score 1..5 (as the radio buttons do).
    void setScore(int score);
    /// Stores the feedback; the dialog accepts when it was stored, else shows why.
    void submit();

signals:
    /// The ticket was read: \a rateable is false when it is missing or not resolved/closed.
    void ticketLoaded(bool rateable);
    /// The store answered a submit (\a stored false: refused, see the message box).
    void submitFinished(bool stored);

private:
    void updateSubmit();

    FeedbackService& m_service;
    Uuid m_ticketId;
    bool m_rateable = false;
    bool m_busy = false;
    QLabel* m_ticket;
    QLabel* m_refusal;
    QButtonGroup* m_scores;
    QComboBox* m_category;
    QPlainTextEdit* m_comment;
    QPushButton* m_submit;
};

} // namespace hss::client
