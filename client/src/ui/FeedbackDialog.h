// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <optional>

#include "hss/FeedbackCategory.h"
#include "hss/Uuid.h"
#include "hss/metrics/SafetyReport.h"

class QButtonGroup;
class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace hss::client {

class FeedbackService;

/// Feedback with a CSAT score (1–5), category and comment about one ticket. Only resolved or closed tickets
/// can be rated: for any other the dialog says so and Submit stays disabled. The entry is stored and queued
/// through LocalChanges, so it works offline. On a medical ticket (only clinicians, supervisors and admins hold
/// those) the dialog also asks whether the AI system's critical decision was correct, incorrect or a near miss.
class FeedbackDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackDialog)

public:
    /// What the agent has chosen and typed, so the dialog can come back as it was (e.g. after the console locked).
    struct Typed
    {
        Uuid ticketId;
        int score = 0; ///< 0: none chosen yet.
        FeedbackCategory category = FeedbackCategory::Support;
        std::optional<metrics::SafetyOutcome> safetyOutcome;
        QString comment;

        /// Whether anything was chosen or typed that would be lost by closing the dialog.
        bool hasInput() const { return score > 0 || safetyOutcome.has_value() || !comment.trimmed().isEmpty(); }
    };

    /// Does not own \a service, which must outlive the dialog. Loads the ticket at once; show with open().
    FeedbackDialog(FeedbackService& service, const Uuid& ticketId, QWidget* parent = nullptr);

    Uuid ticketId() const { return m_ticketId; }
    /// Selects the CSAT score 1..5 (as the radio buttons do).
    void setScore(int score);
    /// Whether the ticket is medical, so the dialog asks for the AI decision's outcome.
    bool asksSafetyOutcome() const { return m_asksSafety; }
    /// Selects the AI decision's outcome (none: not applicable), as the combo box does.
    void setSafetyOutcome(std::optional<metrics::SafetyOutcome> outcome);
    /// Stores the feedback; the dialog accepts when it was stored, else shows why.
    void submit();

    Typed typed() const;
    /// Puts back what typed() returned (its ticket id must be this dialog's).
    void restore(const Typed& typed);

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
    bool m_asksSafety = false;
    QFormLayout* m_form = nullptr;
    QLabel* m_ticket;
    QLabel* m_refusal;
    QButtonGroup* m_scores;
    QComboBox* m_category;
    QComboBox* m_safety;
    QPlainTextEdit* m_comment;
    QPushButton* m_submit;
};

} // namespace hss::client
