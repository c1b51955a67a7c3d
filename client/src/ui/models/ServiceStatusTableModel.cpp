// SPDX-License-Identifier: MIT
#include "ServiceStatusTableModel.h"

#include <QColor>

#include "ui/dashboard/DashboardFormat.h"

namespace hss::client {

ServiceStatusTableModel::ServiceStatusTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ServiceStatusTableModel::setSnapshot(const SystemHealthSnapshot& snapshot)
{
    beginResetModel();
    m_services = snapshot.services;
    endResetModel();
}

int ServiceStatusTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_services.size());
}

int ServiceStatusTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceStatusTableModel::display(const ServiceHealth& service, int column) const
{
    switch (column) {
    case Service:
        return service.name;
    case State:
        return service.stale ? tr("%1 (stale)").arg(DashboardFormat::healthState(service.state))
                             : DashboardFormat::healthState(service.state);
    case LatencyMs:
        return DashboardFormat::milliseconds(service.latencyMs);
    case CheckedAt:
        return DashboardFormat::dateTime(service.checkedAtMs);
    case UptimeDay:
        return DashboardFormat::fraction(service.uptimeDay);
    case UptimeWeek:
        return DashboardFormat::fraction(service.uptimeWeek);
    case ErrorRateDay:
        return DashboardFormat::fraction(service.errorRateDay);
    case ErrorRateWeek:
        return DashboardFormat::fraction(service.errorRateWeek);
    case Message:
        return service.message;
    default:
        return {};
    }
}

QVariant ServiceStatusTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const ServiceHealth& service = m_services[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(service, index.column());
    case Qt::ForegroundRole:
        if (index.column() == State && service.state == QLatin1String("down")) {
            return QColor(0xb0, 0x1c, 0x1c);
        }
        if (index.column() == State && service.state == QLatin1String("degraded")) {
            return QColor(0xa0, 0x5a, 0x00);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == State && service.stale
            ? tr("The last check is older than the monitor's cycle: the monitor may have stopped.")
            : QVariant();
    default:
        return {};
    }
}

QVariant ServiceStatusTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Service:
        return tr("Service");
    case State:
        return tr("State");
    case LatencyMs:
        return tr("Latency (ms)");
    case CheckedAt:
        return tr("Checked (UTC)");
    case UptimeDay:
        return tr("Uptime 24 h (%)");
    case UptimeWeek:
        return tr("Uptime 7 d (%)");
    case ErrorRateDay:
        return tr("Errors 24 h (%)");
    case ErrorRateWeek:
        return tr("Errors 7 d (%)");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace hss::client
