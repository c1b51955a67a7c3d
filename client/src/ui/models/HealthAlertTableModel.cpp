// SPDX-License-Identifier: MIT
#include "HealthAlertTableModel.h"

#include "ui/dashboard/DashboardFormat.h"

namespace hss::client {

HealthAlertTableModel::HealthAlertTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    setSnapshot({});
}

void HealthAlertTableModel::setSnapshot(const SystemHealthSnapshot& snapshot)
{
    const HealthAlertSummary& alerts = snapshot.alerts;
    const bool answered = snapshot.takenAtMs > 0;
    const auto count = [answered](int value) { return answered ? QString::number(value) : DashboardFormat::none(); };
    const auto incidents = [&](int value) {
        return answered && snapshot.incidentsAvailable ? QString::number(value) : DashboardFormat::none();
    };
    const QString incidentDetail = snapshot.incidentsAvailable ? QString() : snapshot.incidentsNote;
    beginResetModel();
    m_cards = {
        {tr("Overall status"), answered ? DashboardFormat::healthState(snapshot.overall) : DashboardFormat::none(),
         snapshot.serverVersion.isEmpty() ? QString() : tr("server %1").arg(snapshot.serverVersion)},
        {tr("Services down now"), count(alerts.servicesDown), {}},
        {tr("Services degraded now"), count(alerts.servicesDegraded), {}},
        {tr("State changes (alerts)"), count(alerts.stateChanges),
         alerts.affected.isEmpty() ? tr("%n check(s) in the period", nullptr, snapshot.checksInPeriod)
                                   : tr("affected: %1").arg(alerts.affected.join(QStringLiteral(", ")))},
        {tr("Incidents opened"), incidents(alerts.incidentsOpened), incidentDetail},
        {tr("Incidents open now"), incidents(alerts.openIncidents), incidentDetail},
    };
    endResetModel();
}

int HealthAlertTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cards.size());
}

int HealthAlertTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HealthAlertTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole) {
        return {};
    }
    const Card& card = m_cards[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case Kpi:
        return card.name;
    case Value:
        return card.value;
    case Detail:
        return card.detail;
    default:
        return {};
    }
}

QVariant HealthAlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Kpi:
        return tr("Figure");
    case Value:
        return tr("Value");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace hss::client
