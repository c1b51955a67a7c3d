// SPDX-License-Identifier: MIT
#include "CsatTrendTableModel.h"

#include "ui/dashboard/DashboardFormat.h"

namespace hss::client {

CsatTrendTableModel::CsatTrendTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void CsatTrendTableModel::setSnapshot(const DashboardSnapshot& snapshot)
{
    beginResetModel();
    m_points = snapshot.csatTrend;
    endResetModel();
}

int CsatTrendTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_points.size());
}

int CsatTrendTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CsatTrendTableModel::data(const QModelIndex& index, int role) const
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
    case Answers:
        return static_cast<qlonglong>(point.value.whole);
    case Satisfied:
        return static_cast<qlonglong>(point.value.part);
    case Percent:
        return DashboardFormat::percent(point.value);
    default:
        return {};
    }
}

QVariant CsatTrendTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case BucketStart:
        return tr("Start (ms)");
    case Bucket:
        return tr("From");
    case Answers:
        return tr("Answers");
    case Satisfied:
        return tr("Satisfied");
    case Percent:
        return tr("CSAT (%)");
    default:
        return {};
    }
}

} // namespace hss::client
