// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "core/dashboard/DashboardSnapshot.h"

namespace hss::client {

/// The CSAT trend: one row per bucket of the period, empty buckets included, with the answers, the satisfied ones
/// (4 or 5) and the CSAT score in percent.
class CsatTrendTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsatTrendTableModel)

public:
    enum Column { BucketStart, Bucket, Answers, Satisfied, Percent, ColumnCount };

    explicit CsatTrendTableModel(QObject* parent = nullptr);

    void setSnapshot(const DashboardSnapshot& snapshot);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<metrics::TrendPoint<metrics::Share>> m_points;
};

} // namespace hss::client
