// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "core/health/SystemHealthSnapshot.h"

namespace hss::client {

/// The system health dashboard's alert summary as KPI cards, one row per figure: its name, its value as shown and
/// what it counts. The rows are fixed (Row), so tests and exports find each figure in the same place.
class HealthAlertTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthAlertTableModel)

public:
    enum Row { Overall, ServicesDown, ServicesDegraded, StateChanges, IncidentsOpened, OpenIncidents, RowCount };
    enum Column { Kpi, Value, Detail, ColumnCount };

    explicit HealthAlertTableModel(QObject* parent = nullptr);

    void setSnapshot(const SystemHealthSnapshot& snapshot);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Card
    {
        QString name;
        QString value;
        QString detail;
    };

    std::vector<Card> m_cards;
};

} // namespace hss::client
