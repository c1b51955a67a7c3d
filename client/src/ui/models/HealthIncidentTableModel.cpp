// SPDX-License-Identifier: MIT
#include "HealthIncidentTableModel.h"

#include "ui/dashboard/DashboardFormat.h"

namespace hss::client {

HealthIncidentTableModel::HealthIncidentTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void HealthIncidentTableModel::setSnapshot(const SystemHealthSnapshot& snapshot)
{
    beginResetModel();
    m_incidents = snapshot.incidents;
    endResetModel();
}

int HealthIncidentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_incidents.size());
}

int HealthIncidentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HealthIncidentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole) {
        return {};
    }
    const HealthIncidentEntry& incident = m_incidents[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case Service:
        return incident.service;
    case Opened:
        return DashboardFormat::dateTime(incident.openedMs);
    case Closed:
        return incident.closedMs ? DashboardFormat::dateTime(*incident.closedMs) : tr("open");
    case DurationMinutes:
        return DashboardFormat::minutes(static_cast<double>(incident.durationSeconds) * 1000.0);
    case Duration:
        return DashboardFormat::durationText(static_cast<double>(incident.durationSeconds) * 1000.0);
    case Message:
        return incident.message;
    case Resolution:
        return incident.resolution;
    default:
        return {};
    }
}

QVariant HealthIncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Service:
        return tr("Service");
    case Opened:
        return tr("Opened (UTC)");
    case Closed:
        return tr("Closed (UTC)");
    case DurationMinutes:
        return tr("Duration (min)");
    case Duration:
        return tr("Duration");
    case Message:
        return tr("Message");
    case Resolution:
        return tr("Resolution");
    default:
        return {};
    }
}

} // namespace hss::client
