// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "core/dashboard/DashboardSnapshot.h"

namespace hss::client {

/// A time trend of the support dashboard (first response or resolution time): one row per bucket of the period,
/// empty buckets included, with the number of tickets and the median and p90 in minutes.
class DurationTrendTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DurationTrendTableModel)

public:
    enum class Kpi { FirstResponse, Resolution };
    enum Column { BucketStart, Bucket, Tickets, MedianMinutes, P90Minutes, ColumnCount };

    explicit DurationTrendTableModel(Kpi kpi, QObject* parent = nullptr);

    void setSnapshot(const DashboardSnapshot& snapshot);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Kpi m_kpi;
    std::vector<metrics::TrendPoint<metrics::DurationStats>> m_points;
};

} // namespace hss::client
