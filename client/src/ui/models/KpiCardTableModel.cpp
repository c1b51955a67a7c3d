// SPDX-License-Identifier: MIT
#include "KpiCardTableModel.h"

#include "ui/dashboard/DashboardFormat.h"

namespace hss::client {

namespace {

QString ticketsCounted(const metrics::DurationStats& stats)
{
    return stats.excluded == 0 ? KpiCardTableModel::tr("%n ticket(s)", nullptr, static_cast<int>(stats.count))
                               : KpiCardTableModel::tr("%n ticket(s), %1 with an impossible time left out", nullptr,
                                                       static_cast<int>(stats.count))
                                     .arg(stats.excluded);
}

} // namespace

KpiCardTableModel::KpiCardTableModel(Dashboard dashboard, QObject* parent)
    : QAbstractTableModel(parent)
    , m_dashboard(dashboard)
{
    setSnapshot(DashboardSnapshot {});
}

void KpiCardTableModel::setSnapshot(const DashboardSnapshot& snapshot)
{
    beginResetModel();
    m_cards = m_dashboard == Dashboard::Support ? supportCards(snapshot) : medicalCards(snapshot);
    endResetModel();
}

std::vector<KpiCardTableModel::Card> KpiCardTableModel::supportCards(const DashboardSnapshot& s) const
{
    const QString none = DashboardFormat::none();
    return {
        {tr("Tickets created"), QString::number(s.overview.total), tr("in the period")},
        {tr("First response (median)"), DashboardFormat::durationText(s.firstResponse.medianMs),
         ticketsCounted(s.firstResponse)},
        {tr("Resolution (median)"), DashboardFormat::durationText(s.resolution.medianMs), ticketsCounted(s.resolution)},
        {tr("CSAT"), DashboardFormat::percentText(s.csat),
         tr("%1 of %2 answers satisfied").arg(s.csat.part).arg(s.csat.whole)},
        {tr("SLA compliance"), DashboardFormat::percentText(s.sla.compliance), DashboardFormat::slaDetail(s.sla)},
        {tr("Escalation rate"), DashboardFormat::percentText(s.escalation),
         tr("%1 of %2 tickets escalated").arg(s.escalation.part).arg(s.escalation.whole)},
        {tr("Average sentiment"), s.sentiment ? QString::number(*s.sentiment, 'f', 2) : none, tr("-1 … 1")},
    };
}

std::vector<KpiCardTableModel::Card> KpiCardTableModel::medicalCards(const DashboardSnapshot& s) const
{
    const auto& emergency = s.emergencyResponse;
    const auto& safety = s.safety;
    Card adoption {tr("Clinical adoption"), DashboardFormat::none(), tr("no usage figures in the period")};
    if (s.adoption) {
        adoption.value = DashboardFormat::percentText(s.adoption->rate);
        adoption.detail =
            tr("%1 of %2 licensed professionals active, %3 – %4")
                .arg(s.adoption->activeProfessionals)
                .arg(s.adoption->licensedProfessionals)
                .arg(DashboardFormat::day(s.adoption->period.from), DashboardFormat::day(s.adoption->period.to - 1));
    }
    return {
        {tr("Open emergencies"), QString::number(s.openEmergencies.size()), tr("now, whenever created")},
        {tr("Emergency response (median)"), DashboardFormat::durationText(emergency.time.medianMs),
         ticketsCounted(emergency.time)},
        {tr("Emergencies answered within 30 min"), DashboardFormat::percentText(emergency.withinTarget),
         tr("%1 of %2").arg(emergency.withinTarget.part).arg(emergency.withinTarget.whole)},
        {tr("Medical SLA compliance"), DashboardFormat::percentText(s.medicalSla.compliance),
         DashboardFormat::slaDetail(s.medicalSla)},
        {tr("Patient safety score"), DashboardFormat::percentText(safety.score),
         safety.score.whole == 0 ? tr("no safety reports in the period")
                                 : tr("%1 correct, %2 incorrect, %3 near misses")
                                       .arg(safety.correct)
                                       .arg(safety.incorrect)
                                       .arg(safety.nearMisses)},
        adoption,
    };
}

int KpiCardTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cards.size());
}

int KpiCardTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiCardTableModel::data(const QModelIndex& index, int role) const
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

QVariant KpiCardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Kpi:
        return tr("KPI");
    case Value:
        return tr("Value");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace hss::client
