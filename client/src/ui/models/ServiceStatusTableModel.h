// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "core/health/SystemHealthSnapshot.h"

namespace hss::client {

/// The system health dashboard's service status: one row per service the server monitors, with its state, the
/// latency and time of its last check, and its uptime and error rate over 24 hours and 7 days (percent).
class ServiceStatusTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceStatusTableModel)

public:
    enum Column {
        Service,
        State,
        LatencyMs,
        CheckedAt,
        UptimeDay,
        UptimeWeek,
        ErrorRateDay,
        ErrorRateWeek,
        Message,
        ColumnCount
    };

    explicit ServiceStatusTableModel(QObject* parent = nullptr);

    void setSnapshot(const SystemHealthSnapshot& snapshot);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ServiceHealth& service, int column) const;

    std::vector<ServiceHealth> m_services;
};

} // namespace hss::client
