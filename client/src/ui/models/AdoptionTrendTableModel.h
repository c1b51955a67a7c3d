// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "core/dashboard/DashboardSnapshot.h"

namespace hss::client {

/// Clinical adoption per usage period inside the dashboard's period: active and licensed professionals and the
/// adoption rate in percent.
class AdoptionTrendTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdoptionTrendTableModel)

public:
    enum Column { PeriodStart, From, To, Active, Licensed, Percent, ColumnCount };

    explicit AdoptionTrendTableModel(QObject* parent = nullptr);

    void setSnapshot(const DashboardSnapshot& snapshot);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<metrics::AdoptionRate> m_points;
};

} // namespace hss::client
