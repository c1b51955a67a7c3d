// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "core/health/SystemHealthSnapshot.h"

namespace hss::client {

/// The system health dashboard's incident history: the outages overlapping the period, newest first, with when
/// each opened and closed ("open" while it lasts), how long it lasted and why.
class HealthIncidentTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthIncidentTableModel)

public:
    enum Column { Service, Opened, Closed, DurationMinutes, Duration, Message, Resolution, ColumnCount };

    explicit HealthIncidentTableModel(QObject* parent = nullptr);

    void setSnapshot(const SystemHealthSnapshot& snapshot);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<HealthIncidentEntry> m_incidents;
};

} // namespace hss::client
