// SPDX-License-Identifier: MIT
#include "TicketCountTableModel.h"

#include "ui/TicketLabels.h"

namespace hss::client {

TicketCountTableModel::TicketCountTableModel(Dimension dimension, QObject* parent)
    : QAbstractTableModel(parent)
    , m_dimension(dimension)
    , m_counts(dimension == Dimension::Status ? allTicketStatuses.size() : allPriorities.size(), 0)
{ }

void TicketCountTableModel::setSnapshot(const DashboardSnapshot& snapshot)
{
    if (m_dimension == Dimension::Status) {
        m_counts.assign(snapshot.overview.byStatus.begin(), snapshot.overview.byStatus.end());
    } else {
        m_counts.assign(snapshot.overview.byPriority.begin(), snapshot.overview.byPriority.end());
    }
    // Same rows every time: only the counts change.
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int TicketCountTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_counts.size());
}

int TicketCountTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketCountTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole) {
        return {};
    }
    const auto row = static_cast<std::size_t>(index.row());
    switch (index.column()) {
    case Label:
        return m_dimension == Dimension::Status ? TicketLabels::status(allTicketStatuses[row])
                                                : TicketLabels::priority(allPriorities[row]);
    case Count:
        return static_cast<qlonglong>(m_counts[row]);
    default:
        return {};
    }
}

QVariant TicketCountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Label:
        return m_dimension == Dimension::Status ? tr("Status") : tr("Priority");
    case Count:
        return tr("Tickets");
    default:
        return {};
    }
}

} // namespace hss::client
