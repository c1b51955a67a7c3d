// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include "core/dashboard/DashboardSnapshot.h"

namespace hss {
class Clock;
}

namespace hss::client {

class AdoptionTrendTableModel;
class DashboardPanel;
class DashboardService;
class EmergencyTicketTableModel;
class KpiCardTableModel;
class OutcomeTableModel;

/// The medical dashboard: headline medical KPIs (open emergencies, emergency response time, medical SLA, patient
/// safety, clinical adoption), the list of open emergencies, medical SLA and safety breakdowns and the adoption
/// trend, each bound to its model.
class MedicalDashboardWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MedicalDashboardWidget)

public:
    /// Owns neither; both must outlive the page.
    MedicalDashboardWidget(DashboardService& service, const Clock& clock, QWidget* parent = nullptr);

    /// The panel named \a name (e.g. "openEmergencies"), for tests and screenshots.
    DashboardPanel* panel(const QString& name) const;

private:
    void showSnapshot(const DashboardSnapshot& snapshot);

    KpiCardTableModel* m_cards;
    EmergencyTicketTableModel* m_emergencies;
    OutcomeTableModel* m_medicalSla;
    OutcomeTableModel* m_safety;
    AdoptionTrendTableModel* m_adoption;
};

} // namespace hss::client
