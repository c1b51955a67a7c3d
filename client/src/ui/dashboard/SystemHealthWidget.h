// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include "core/health/SystemHealthSnapshot.h"

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace hss {
class Clock;
}

namespace hss::client {

class ConsoleSession;
class DashboardPanel;
class HealthAlertTableModel;
class HealthIncidentTableModel;
class ResponseTimeTableModel;
class ServerConnection;
class ServiceStatusTableModel;
class SystemHealthService;

/// The system health dashboard: the state, latency, uptime and error rate of each service the server monitors,
/// their response times over the period, the alert summary and the incident history, each panel exportable as PNG
/// and CSV. The figures come from SystemHealthService; the page refreshes when the session comes online, after each
/// of the connection's periodic health checks while it is shown, and on request.
class SystemHealthWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemHealthWidget)

public:
    /// Owns none; all must outlive the page.
    SystemHealthWidget(ServerConnection& connection, ConsoleSession& session, const Clock& clock,
                       QWidget* parent = nullptr);

    SystemHealthService& service() const { return *m_service; }
    /// The panel named \a name ("serviceStatus", "responseTimes", "healthAlerts", "healthIncidents").
    DashboardPanel* panel(const QString& name) const;
    ServiceStatusTableModel* serviceModel() const { return m_services; }
    ResponseTimeTableModel* responseTimeModel() const { return m_responseTimes; }
    HealthAlertTableModel* alertModel() const { return m_alerts; }
    HealthIncidentTableModel* incidentModel() const { return m_incidents; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showSnapshot(const SystemHealthSnapshot& snapshot);
    void showLoading(bool loading);
    QString statusText(const SystemHealthSnapshot& snapshot) const;

    ConsoleSession& m_session;
    SystemHealthService* m_service;
    ServiceStatusTableModel* m_services;
    ResponseTimeTableModel* m_responseTimes;
    HealthAlertTableModel* m_alerts;
    HealthIncidentTableModel* m_incidents;
    QComboBox* m_period;
    QLabel* m_status;
    QTableView* m_servicesView = nullptr;
    QStackedWidget* m_servicesStack = nullptr;
    QStackedWidget* m_chartStack = nullptr;
    QStackedWidget* m_incidentsStack = nullptr;
    QLabel* m_servicesNote = nullptr;
    QLabel* m_chartNote = nullptr;
    QLabel* m_incidentsNote = nullptr;
};

} // namespace hss::client
