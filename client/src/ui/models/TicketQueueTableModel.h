// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>

#include "hss/Category.h"
#include "hss/Channel.h"
#include "hss/Priority.h"
#include "hss/TicketStatus.h"

class QTimer;

namespace hss {
class Clock;
}

namespace hss::client {

class TicketQueueService;

/// The queue as a table: observes TicketQueueService (pages arrive through canFetchMore/fetchMore) and sorts by
/// asking the service for another order, since only the store knows all rows. The SLA column counts down every
/// second; emergencies are bold, tinted and carry an icon.
class TicketQueueTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketQueueTableModel)

public:
    enum Column {
        NumberColumn,
        PriorityColumn,
        CategoryColumn,
        TitleColumn,
        StatusColumn,
        AssigneeColumn,
        SlaColumn,
        ChannelColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role {
        TicketIdRole = Qt::UserRole + 1, ///< the ticket's id as a string
        EmergencyRole, ///< bool
        SlaRemainingRole, ///< qint64 milliseconds, or invalid when no clock runs
    };
    /// Remaining SLA time below which a ticket counts as breaching soon (shown in a warning colour).
    static constexpr qint64 warningMs = 60 * 60 * 1000;

    TicketQueueTableModel(TicketQueueService& service, const Clock& clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// "1 h 05 min", "12 min 30 s", "overdue 3 min" …
    static QString remainingText(qint64 ms);

private:
    void tick();

    TicketQueueService& m_service;
    const Clock& m_clock;
    QTimer* m_ticker;
};

} // namespace hss::client
