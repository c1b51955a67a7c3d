// SPDX-License-Identifier: MIT
#include "DurationTrendTableModel.h"

#include "ui/dashboard/DashboardFormat.h"

namespace hss::client {

DurationTrendTableModel::DurationTrendTableModel(Kpi kpi, QObject* parent)
    : QAbstractTableModel(parent)
    , m_kpi(kpi)
{ }

void DurationTrendTableModel::setSnapshot(const DashboardSnapshot& snapshot)
{
    beginResetModel();
    m_points = m_kpi == Kpi::FirstResponse ? snapshot.firstResponseTrend : snapshot.resolutionTrend;
    endResetModel();
}

int DurationTrendTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_points.size());
}

int DurationTrendTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DurationTrendTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole) {
        return {};
    }
    const auto& point = m_points[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case BucketStart:
        return static_cast<qlonglong>(point.bucket.from);
    case Bucket:
        return DashboardFormat::day(point.bucket.from);
    case Tickets:
        return static_cast<qulonglong>(point.value.count);
    case MedianMinutes:
        return DashboardFormat::minutes(point.value.medianMs);
    case P90Minutes:
        return DashboardFormat::minutes(point.value.p90Ms);
    default:
        return {};
    }
}

QVariant DurationTrendTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case BucketStart:
        return tr("Start (ms)");
    case Bucket:
        return tr("From");
    case Tickets:
        return tr("Tickets");
    case MedianMinutes:
        return tr("Median (min)");
    case P90Minutes:
        return tr("90th percentile (min)");
    default:
        return {};
    }
}

} // namespace hss::client
