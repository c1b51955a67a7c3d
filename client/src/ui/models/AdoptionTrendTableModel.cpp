// SPDX-License-Identifier: MIT
#include "AdoptionTrendTableModel.h"

#include "ui/dashboard/DashboardFormat.h"

namespace hss::client {

AdoptionTrendTableModel::AdoptionTrendTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AdoptionTrendTableModel::setSnapshot(const DashboardSnapshot& snapshot)
{
    beginResetModel();
    m_points = snapshot.adoptionTrend;
    endResetModel();
}

int AdoptionTrendTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_points.size());
}

int AdoptionTrendTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AdoptionTrendTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole) {
        return {};
    }
    const auto& point = m_points[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case PeriodStart:
        return static_cast<qlonglong>(point.period.from);
    case From:
        return DashboardFormat::day(point.period.from);
    case To:
        // The period is half-open: its last day is the one before `to`.
        return DashboardFormat::day(point.period.to - 1);
    case Active:
        return static_cast<qlonglong>(point.activeProfessionals);
    case Licensed:
        return static_cast<qlonglong>(point.licensedProfessionals);
    case Percent:
        return DashboardFormat::percent(point.rate);
    default:
        return {};
    }
}

QVariant AdoptionTrendTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case PeriodStart:
        return tr("Start (ms)");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Active:
        return tr("Active professionals");
    case Licensed:
        return tr("Licensed professionals");
    case Percent:
        return tr("Adoption (%)");
    default:
        return {};
    }
}

} // namespace hss::client
