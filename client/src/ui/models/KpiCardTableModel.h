// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <vector>

#include "core/dashboard/DashboardSnapshot.h"

namespace hss::client {

/// The headline figures of a dashboard, one row per KPI: its name, its value as shown ("87.5 %", "42 min", "–"
/// for no value) and what it was computed from.
class KpiCardTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiCardTableModel)

public:
    enum class Dashboard { Support, Medical };
    enum Column { Kpi, Value, Detail, ColumnCount };

    explicit KpiCardTableModel(Dashboard dashboard, QObject* parent = nullptr);

    void setSnapshot(const DashboardSnapshot& snapshot);

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
    std::vector<Card> supportCards(const DashboardSnapshot& snapshot) const;
    std::vector<Card> medicalCards(const DashboardSnapshot& snapshot) const;

    Dashboard m_dashboard;
    std::vector<Card> m_cards;
};

} // namespace hss::client
