// SPDX-License-Identifier: MIT
#include "MedicalDashboardWidget.h"

#include <QChartView>
#include <QGridLayout>
#include <QHeaderView>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

#include "ChartFactory.h"
#include "DashboardFilterBar.h"
#include "DashboardPanel.h"
#include "core/dashboard/DashboardService.h"
#include "ui/models/AdoptionTrendTableModel.h"
#include "ui/models/EmergencyTicketTableModel.h"
#include "ui/models/KpiCardTableModel.h"
#include "ui/models/OutcomeTableModel.h"

namespace hss::client {

MedicalDashboardWidget::MedicalDashboardWidget(DashboardService& service, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_cards(new KpiCardTableModel(KpiCardTableModel::Dashboard::Medical, this))
    , m_emergencies(new EmergencyTicketTableModel(this))
    , m_medicalSla(new OutcomeTableModel(OutcomeTableModel::Breakdown::MedicalSla, this))
    , m_safety(new OutcomeTableModel(OutcomeTableModel::Breakdown::Safety, this))
    , m_adoption(new AdoptionTrendTableModel(this))
{
    setObjectName(QStringLiteral("medicalDashboardPage"));
    auto* cards = ChartFactory::table(*m_cards, QStringLiteral("medicalKpiView"));
    cards->horizontalHeader()->hide();
    auto* panels = new QWidget;
    auto* grid = new QGridLayout(panels);
    grid->addWidget(new DashboardPanel(QStringLiteral("medicalKpis"), tr("Key figures"), cards, *m_cards), 0, 0);
    auto* emergencies =
        new DashboardPanel(QStringLiteral("openEmergencies"), tr("Open emergency tickets"),
                           ChartFactory::table(*m_emergencies, QStringLiteral("emergencyView")), *m_emergencies);
    emergencies->setEmptyText(tr("No open emergency tickets."));
    grid->addWidget(emergencies, 0, 1, 1, 2);
    grid->addWidget(
        new DashboardPanel(QStringLiteral("medicalSlaCompliance"), tr("Medical tickets resolved within SLA"),
                           ChartFactory::pieChart(*m_medicalSla, OutcomeTableModel::Outcome, OutcomeTableModel::Count),
                           *m_medicalSla),
        1, 0);
    grid->addWidget(
        new DashboardPanel(QStringLiteral("patientSafety"), tr("Patient safety (AI decisions)"),
                           ChartFactory::pieChart(*m_safety, OutcomeTableModel::Outcome, OutcomeTableModel::Count),
                           *m_safety),
        1, 1);
    auto* adoption =
        new DashboardPanel(QStringLiteral("clinicalAdoption"), tr("Clinical adoption"),
                           ChartFactory::lineChart(*m_adoption, AdoptionTrendTableModel::PeriodStart,
                                                   {AdoptionTrendTableModel::Percent}, tr("% active"), true),
                           *m_adoption);
    // Usage figures arrive per reporting period (week, month) and count only when it lies inside the chosen one.
    adoption->setEmptyText(tr("No usage figures whose reporting period lies within the chosen period."));
    grid->addWidget(adoption, 1, 2);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(panels);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new DashboardFilterBar(service, clock));
    layout->addWidget(scroll, 1);

    showSnapshot(service.snapshot());
    connect(&service, &DashboardService::updated, this, &MedicalDashboardWidget::showSnapshot);
}

DashboardPanel* MedicalDashboardWidget::panel(const QString& name) const
{
    return findChild<DashboardPanel*>(name);
}

void MedicalDashboardWidget::showSnapshot(const DashboardSnapshot& snapshot)
{
    m_cards->setSnapshot(snapshot);
    m_emergencies->setSnapshot(snapshot);
    m_medicalSla->setSnapshot(snapshot);
    m_safety->setSnapshot(snapshot);
    m_adoption->setSnapshot(snapshot);
}

} // namespace hss::client
