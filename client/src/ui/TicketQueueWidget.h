// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include "hss/Ticket.h"
#include "hss/Uuid.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace hss {
class Clock;
}

namespace hss::client {

class TicketQueueService;
class TicketQueueTableModel;

/// The ticket queue screen: view selector, search box and filters above the table, and a banner when a new medical
/// emergency arrives. Opening a ticket (double click or Enter) emits ticketActivated.
class TicketQueueWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketQueueWidget)

public:
    TicketQueueWidget(TicketQueueService& service, const Clock& clock, QWidget* parent = nullptr);

    TicketQueueTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    /// Puts the keyboard focus in the search box (Ctrl+F).
    void focusSearch();

signals:
    void ticketActivated(const hss::Uuid& ticketId);
    /// A new emergency arrived; the window turns this into a desktop notification.
    void emergencyAnnounced(const QString& title, const QString& text);

private:
    void showEmergency(const Ticket& ticket);
    void updateCount();
    void activate(const QModelIndex& index);

    TicketQueueService& m_service;
    TicketQueueTableModel* m_model;
    QComboBox* m_view;
    QLineEdit* m_search;
    QComboBox* m_priority;
    QComboBox* m_category;
    QLabel* m_count;
    QWidget* m_banner;
    QLabel* m_bannerText;
    QTableView* m_table;
    QTimer* m_searchDelay;
    Uuid m_bannerTicket;
};

} // namespace hss::client
