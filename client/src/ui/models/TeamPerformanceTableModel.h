// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "core/dashboard/DashboardSnapshot.h"

namespace hss::client {

/// Team performance for the period: per team, tickets created and resolved, median first response and resolution
/// time in minutes, SLA compliance and CSAT in percent.
class TeamPerformanceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamPerformanceTableModel)

public:
    enum Column {
        Team,
        Created,
        Handled,
        MedianFirstResponseMinutes,
        MedianResolutionMinutes,
        SlaPercent,
        CsatPercent,
        ColumnCount
    };

    explicit TeamPerformanceTableModel(QObject* parent = nullptr);

    void setSnapshot(const DashboardSnapshot& snapshot);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<TeamRow> m_rows;
};

} // namespace hss::client
