// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <optional>

#include "core/ServerConnection.h"
#include "core/ServerHealth.h"

namespace hss::client {

/// The system health dashboard's service status: the connection to the server, the server itself and its
/// database, as the last health check (GET /api/health) reported them.
class ServiceStatusTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceStatusTableModel)

public:
    enum Row { Connection, Server, Database, RowCount };
    enum Column { Service, Status, Detail, ColumnCount };

    explicit ServiceStatusTableModel(QObject* parent = nullptr);

    /// The connection's state now, with the last error when offline.
    void setConnection(ServerConnection::State state, const QString& lastError);
    /// The last health report; nothing when the server never answered.
    void setHealth(const std::optional<ServerHealth>& health);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString status(int row) const;
    QString detail(int row) const;

    ServerConnection::State m_state = ServerConnection::State::Unconfigured;
    QString m_lastError;
    std::optional<ServerHealth> m_health;
};

} // namespace hss::client
