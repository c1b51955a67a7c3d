// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include "core/dashboard/DashboardSnapshot.h"

namespace hss {
class Clock;
}

namespace hss::client {

class CsatTrendTableModel;
class DashboardPanel;
class DashboardService;
class DurationTrendTableModel;
class KpiCardTableModel;
class OutcomeTableModel;
class TeamPerformanceTableModel;
class TicketCountTableModel;

/// The support dashboard: headline KPIs, tickets by status and priority, first response and resolution time
/// trends, the CSAT trend, SLA compliance and team performance, each chart bound to its model.
class SupportDashboardWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupportDashboardWidget)

public:
    /// Owns neither; both must outlive the page.
    SupportDashboardWidget(DashboardService& service, const Clock& clock, QWidget* parent = nullptr);

    /// The panel named \a name (e.g. "ticketsByStatus"), for tests and screenshots.
    DashboardPanel* panel(const QString& name) const;

private:
    void showSnapshot(const DashboardSnapshot& snapshot);

    KpiCardTableModel* m_cards;
    TicketCountTableModel* m_byStatus;
    TicketCountTableModel* m_byPriority;
    DurationTrendTableModel* m_firstResponse;
    DurationTrendTableModel* m_resolution;
    CsatTrendTableModel* m_csat;
    OutcomeTableModel* m_sla;
    TeamPerformanceTableModel* m_teams;
};

} // namespace hss::client
