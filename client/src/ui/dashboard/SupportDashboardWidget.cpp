// SPDX-License-Identifier: MIT
#include "SupportDashboardWidget.h"

#include <QChartView>
#include <QGridLayout>
#include <QHeaderView>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>
#include <array>

#include "ChartFactory.h"
#include "DashboardFilterBar.h"
#include "DashboardPanel.h"
#include "core/dashboard/DashboardService.h"
#include "ui/models/CsatTrendTableModel.h"
#include "ui/models/DurationTrendTableModel.h"
#include "ui/models/KpiCardTableModel.h"
#include "ui/models/OutcomeTableModel.h"
#include "ui/models/TeamPerformanceTableModel.h"
#include "ui/models/TicketCountTableModel.h"

namespace hss::client {

SupportDashboardWidget::SupportDashboardWidget(DashboardService& service, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_cards(new KpiCardTableModel(KpiCardTableModel::Dashboard::Support, this))
    , m_byStatus(new TicketCountTableModel(TicketCountTableModel::Dimension::Status, this))
    , m_byPriority(new TicketCountTableModel(TicketCountTableModel::Dimension::Priority, this))
    , m_firstResponse(new DurationTrendTableModel(DurationTrendTableModel::Kpi::FirstResponse, this))
    , m_resolution(new DurationTrendTableModel(DurationTrendTableModel::Kpi::Resolution, this))
    , m_csat(new CsatTrendTableModel(this))
    , m_sla(new OutcomeTableModel(OutcomeTableModel::Breakdown::Sla, this))
    , m_teams(new TeamPerformanceTableModel(this))
{
    setObjectName(QStringLiteral("supportDashboardPage"));
    using Duration = DurationTrendTableModel;
    auto* cards = ChartFactory::table(*m_cards, QStringLiteral("supportKpiView"));
    cards->horizontalHeader()->hide();
    const QList<DashboardPanel*> panels {
        new DashboardPanel(QStringLiteral("supportKpis"), tr("Key figures"), cards, *m_cards),
        new DashboardPanel(QStringLiteral("ticketsByStatus"), tr("Tickets by status"),
                           ChartFactory::barChart(*m_byStatus, TicketCountTableModel::Label,
                                                  TicketCountTableModel::Count, TicketCountTableModel::Count,
                                                  tr("Tickets")),
                           *m_byStatus),
        new DashboardPanel(QStringLiteral("ticketsByPriority"), tr("Tickets by priority"),
                           ChartFactory::barChart(*m_byPriority, TicketCountTableModel::Label,
                                                  TicketCountTableModel::Count, TicketCountTableModel::Count,
                                                  tr("Tickets")),
                           *m_byPriority),
        new DashboardPanel(QStringLiteral("firstResponseTrend"), tr("First response time"),
                           ChartFactory::lineChart(*m_firstResponse, Duration::BucketStart,
                                                   {Duration::MedianMinutes, Duration::P90Minutes}, tr("Minutes")),
                           *m_firstResponse),
        new DashboardPanel(QStringLiteral("resolutionTrend"), tr("Resolution time"),
                           ChartFactory::lineChart(*m_resolution, Duration::BucketStart,
                                                   {Duration::MedianMinutes, Duration::P90Minutes}, tr("Minutes")),
                           *m_resolution),
        new DashboardPanel(QStringLiteral("csatTrend"), tr("CSAT"),
                           ChartFactory::lineChart(*m_csat, CsatTrendTableModel::BucketStart,
                                                   {CsatTrendTableModel::Percent}, tr("% satisfied"), true),
                           *m_csat),
        new DashboardPanel(QStringLiteral("slaCompliance"), tr("SLA compliance"),
                           ChartFactory::pieChart(*m_sla, OutcomeTableModel::Outcome, OutcomeTableModel::Count),
                           *m_sla),
        new DashboardPanel(QStringLiteral("teamPerformance"), tr("Team performance"),
                           ChartFactory::barChart(*m_teams, TeamPerformanceTableModel::Team,
                                                  TeamPerformanceTableModel::SlaPercent,
                                                  TeamPerformanceTableModel::CsatPercent, tr("%")),
                           *m_teams),
        new DashboardPanel(QStringLiteral("teamTable"), tr("Teams"),
                           ChartFactory::table(*m_teams, QStringLiteral("teamPerformanceView")), *m_teams),
    };

    auto* grid = new QWidget;
    auto* gridLayout = new QGridLayout(grid);
    // Three columns; the status chart gets two so its seven labels ("Waiting on customer") are not cut short, and
    // the teams table the whole width for its columns.
    struct Place
    {
        int row;
        int column;
        int columnSpan;
    };
    constexpr std::array<Place, 9> places {
        {{0, 0, 1}, {0, 1, 2}, {1, 0, 1}, {1, 1, 1}, {1, 2, 1}, {2, 0, 1}, {2, 1, 1}, {2, 2, 1}, {3, 0, 3}}};
    for (int i = 0; i < panels.size(); ++i) {
        const Place& place = places.at(static_cast<std::size_t>(i));
        gridLayout->addWidget(panels[i], place.row, place.column, 1, place.columnSpan);
    }
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(grid);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new DashboardFilterBar(service, clock));
    layout->addWidget(scroll, 1);

    showSnapshot(service.snapshot());
    connect(&service, &DashboardService::updated, this, &SupportDashboardWidget::showSnapshot);
}

DashboardPanel* SupportDashboardWidget::panel(const QString& name) const
{
    return findChild<DashboardPanel*>(name);
}

void SupportDashboardWidget::showSnapshot(const DashboardSnapshot& snapshot)
{
    m_cards->setSnapshot(snapshot);
    m_byStatus->setSnapshot(snapshot);
    m_byPriority->setSnapshot(snapshot);
    m_firstResponse->setSnapshot(snapshot);
    m_resolution->setSnapshot(snapshot);
    m_csat->setSnapshot(snapshot);
    m_sla->setSnapshot(snapshot);
    m_teams->setSnapshot(snapshot);
}

} // namespace hss::client
