// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "core/dashboard/DashboardSnapshot.h"

namespace hss::client {

/// The medical dashboard's open emergencies (of the filtered teams, whenever created): number, title, team,
/// status and when it was created.
class EmergencyTicketTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmergencyTicketTableModel)

public:
    enum Column { Number, Title, Team, Status, Created, ColumnCount };

    explicit EmergencyTicketTableModel(QObject* parent = nullptr);

    void setSnapshot(const DashboardSnapshot& snapshot);
    const EmergencyTicketRow& row(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<EmergencyTicketRow> m_rows;
};

} // namespace hss::client
