// SPDX-License-Identifier: MIT
#include "OutcomeTableModel.h"

namespace hss::client {

OutcomeTableModel::OutcomeTableModel(Breakdown breakdown, QObject* parent)
    : QAbstractTableModel(parent)
    , m_breakdown(breakdown)
{ }

void OutcomeTableModel::setSnapshot(const DashboardSnapshot& snapshot)
{
    if (m_breakdown == Breakdown::Safety) {
        m_counts = {snapshot.safety.correct, snapshot.safety.incorrect, snapshot.safety.nearMisses};
    } else {
        const metrics::SlaCompliance& sla = m_breakdown == Breakdown::Sla ? snapshot.sla : snapshot.medicalSla;
        m_counts = {sla.compliance.part, sla.compliance.whole - sla.compliance.part, sla.running};
    }
    emit dataChanged(index(0, 0), index(outcomeCount - 1, ColumnCount - 1));
}

int OutcomeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : outcomeCount;
}

int OutcomeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutcomeTableModel::label(int row) const
{
    if (m_breakdown == Breakdown::Safety) {
        switch (row) {
        case 0:
            return tr("Correct");
        case 1:
            return tr("Incorrect");
        default:
            return tr("Near miss");
        }
    }
    switch (row) {
    case 0:
        return tr("Met");
    case 1:
        return tr("Breached");
    default:
        return tr("Running");
    }
}

QVariant OutcomeTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Outcome:
        return label(index.row());
    case Count:
        return static_cast<qlonglong>(m_counts[static_cast<std::size_t>(index.row())]);
    default:
        return {};
    }
}

QVariant OutcomeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Outcome:
        return tr("Outcome");
    case Count:
        return m_breakdown == Breakdown::Safety ? tr("Reports") : tr("SLA clocks");
    default:
        return {};
    }
}

} // namespace hss::client
