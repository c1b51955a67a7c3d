// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>
#include <vector>

#include "core/FeedbackService.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace hss::client {

class FeedbackDialog;
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
};

} // namespace hss::client
