// SPDX-License-Identifier: MIT
#include "TeamPerformanceTableModel.h"

#include "ui/dashboard/DashboardFormat.h"

namespace hss::client {

TeamPerformanceTableModel::TeamPerformanceTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void TeamPerformanceTableModel::setSnapshot(const DashboardSnapshot& snapshot)
{
    beginResetModel();
    m_rows = snapshot.teams;
    endResetModel();
}

int TeamPerformanceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TeamPerformanceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamPerformanceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole) {
        return {};
    }
    const TeamRow& row = m_rows[static_cast<std::size_t>(index.row())];
    const metrics::TeamPerformance& team = row.performance;
    switch (index.column()) {
    case Team:
        return DashboardFormat::team(team.team);
    case Created:
        return static_cast<qlonglong>(team.created);
    case Handled:
        return static_cast<qlonglong>(team.handled);
    case MedianFirstResponseMinutes:
        return DashboardFormat::minutes(row.firstResponse.medianMs);
    case MedianResolutionMinutes:
        return DashboardFormat::minutes(team.resolution.medianMs);
    case SlaPercent:
        return DashboardFormat::percent(team.sla.compliance);
    case CsatPercent:
        return DashboardFormat::percent(team.csat);
    default:
        return {};
    }
}

QVariant TeamPerformanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Team:
        return tr("Team");
    case Created:
        return tr("Created");
    case Handled:
        return tr("Resolved");
    case MedianFirstResponseMinutes:
        return tr("Median first response (min)");
    case MedianResolutionMinutes:
        return tr("Median resolution (min)");
    case SlaPercent:
        return tr("SLA compliance (%)");
    case CsatPercent:
        return tr("CSAT (%)");
    default:
        return {};
    }
}

} // namespace hss::client
