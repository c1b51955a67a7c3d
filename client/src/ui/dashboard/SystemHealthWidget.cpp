// SPDX-License-Identifier: MIT
#include "SystemHealthWidget.h"

#include <QTableView>
#include <QVBoxLayout>

#include "ChartFactory.h"
#include "DashboardPanel.h"
#include "core/ServerConnection.h"
#include "core/ServerHealth.h"
#include "ui/models/ServiceStatusTableModel.h"

namespace hss::client {

SystemHealthWidget::SystemHealthWidget(ServerConnection& connection, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_model(new ServiceStatusTableModel(this))
{
    setObjectName(QStringLiteral("systemHealthPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new DashboardPanel(QStringLiteral("serviceStatus"), tr("Service status"),
                                         ChartFactory::table(*m_model, QStringLiteral("serviceStatusView")), *m_model));
    layout->addStretch(1);
    connect(&m_connection, &ServerConnection::stateChanged, this, &SystemHealthWidget::refresh);
    connect(&m_connection, &ServerConnection::checkFailed, this, &SystemHealthWidget::refresh);
    connect(&m_connection, &ServerConnection::healthUpdated, this, [this](const ServerHealth& health) {
        m_model->setHealth(health);
        refresh();
    });
    m_model->setHealth(m_connection.lastHealth());
    refresh();
}

void SystemHealthWidget::refresh()
{
    m_model->setConnection(m_connection.state(), m_connection.lastError());
}

} // namespace hss::client
