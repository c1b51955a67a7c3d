// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>
#include <optional>
#include <vector>

#include "FeedbackDialog.h"
#include "core/FeedbackService.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace hss::client {

class FeedbackTableModel;

/// The Feedback page: resolved and closed tickets to rate, a Give feedback button opening FeedbackDialog, and the
/// list of feedback with category, CSAT score and the server's sentiment.
class FeedbackWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackWidget)

public:
    /// Does not own \a service, which must outlive the page. Loads at once.
    explicit FeedbackWidget(FeedbackService& service, QWidget* parent = nullptr);

    /// Opens the (window-modal, non-blocking) feedback dialog for \a ticketId and returns it; it deletes itself
    /// when closed. MainWindow can call this from the ticket editor too.
    FeedbackDialog* openFeedbackDialog(const Uuid& ticketId);
    /// What is chosen and typed in the open feedback dialog, if one is open and holds any.
    std::optional<FeedbackDialog::Typed> typedFeedback() const;
    /// Reads the list and the rateable tickets again.
    void reload();

private:
    void showRows(const std::vector<FeedbackRow>& rows);
    void showTickets(const std::vector<Ticket>& tickets);
    void giveFeedbackClicked();

    FeedbackService& m_service;
    FeedbackTableModel* m_model;
    QComboBox* m_tickets;
    QPushButton* m_give;
    QLabel* m_summary;
    QTableView* m_view;
    QPointer<FeedbackDialog> m_dialog;
};

} // namespace hss::client
