// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <array>
#include <cstdint>
#include <vector>

#include "core/dashboard/DashboardSnapshot.h"

namespace hss::client {

/// The support dashboard's ticket overview: one row per status (or per priority), every one present, with the
/// number of tickets created in the period.
class TicketCountTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketCountTableModel)

public:
    enum class Dimension { Status, Priority };
    enum Column { Label, Count, ColumnCount };

    explicit TicketCountTableModel(Dimension dimension, QObject* parent = nullptr);

    void setSnapshot(const DashboardSnapshot& snapshot);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Dimension m_dimension;
    std::vector<std::int64_t> m_counts;
};

} // namespace hss::client
