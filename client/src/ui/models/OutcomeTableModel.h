// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <array>
#include <cstdint>

#include "core/dashboard/DashboardSnapshot.h"

namespace hss::client {

/// A breakdown for a pie chart: SLA clocks (overall or medical) by outcome (met, breached, running), or patient
/// safety reports by outcome (correct, incorrect, near miss).
class OutcomeTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomeTableModel)

public:
    enum class Breakdown { Sla, MedicalSla, Safety };
    enum Column { Outcome, Count, ColumnCount };
    static constexpr int outcomeCount = 3;

    explicit OutcomeTableModel(Breakdown breakdown, QObject* parent = nullptr);

    void setSnapshot(const DashboardSnapshot& snapshot);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString label(int row) const;

    Breakdown m_breakdown;
    std::array<std::int64_t, outcomeCount> m_counts {};
};

} // namespace hss::client
