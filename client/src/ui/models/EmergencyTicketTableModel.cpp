// SPDX-License-Identifier: MIT
#include "EmergencyTicketTableModel.h"

#include <QDateTime>

#include "ui/TicketLabels.h"
#include "ui/dashboard/DashboardFormat.h"

namespace hss::client {

EmergencyTicketTableModel::EmergencyTicketTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void EmergencyTicketTableModel::setSnapshot(const DashboardSnapshot& snapshot)
{
    beginResetModel();
    m_rows = snapshot.openEmergencies;
    endResetModel();
}

int EmergencyTicketTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EmergencyTicketTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EmergencyTicketTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole) {
        return {};
    }
    const EmergencyTicketRow& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case Number:
        // A ticket created offline has no number until its first sync.
        return row.number ? QVariant(static_cast<qlonglong>(*row.number)) : QVariant();
    case Title:
        return QString::fromStdString(row.title);
    case Team:
        return DashboardFormat::team(row.team);
    case Status:
        return TicketLabels::status(row.status);
    case Created:
        return DashboardFormat::dateTime(row.createdAt);
    default:
        return {};
    }
}

QVariant EmergencyTicketTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Number:
        return tr("Number");
    case Title:
        return tr("Title");
    case Team:
        return tr("Team");
    case Status:
        return tr("Status");
    case Created:
        return tr("Created (UTC)");
    default:
        return {};
    }
}

} // namespace hss::client
