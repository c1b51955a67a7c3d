// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace hss::client {

class ServerConnection;
class ServiceStatusTableModel;

/// The system health dashboard: the status of the connection, the server and its database from the periodic
/// health check (ServerConnection). Response-time history, alerts and incidents are not shown yet.
class SystemHealthWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemHealthWidget)

public:
    /// Does not own \a connection, which must outlive the page.
    explicit SystemHealthWidget(ServerConnection& connection, QWidget* parent = nullptr);

    ServiceStatusTableModel* model() const { return m_model; }

private:
    void refresh();

    ServerConnection& m_connection;
    ServiceStatusTableModel* m_model;
};

} // namespace hss::client
