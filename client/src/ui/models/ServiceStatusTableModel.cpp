// SPDX-License-Identifier: MIT
#include "ServiceStatusTableModel.h"

namespace hss::client {

ServiceStatusTableModel::ServiceStatusTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ServiceStatusTableModel::setConnection(ServerConnection::State state, const QString& lastError)
{
    m_state = state;
    m_lastError = lastError;
    emit dataChanged(index(0, 0), index(RowCount - 1, ColumnCount - 1));
}

void ServiceStatusTableModel::setHealth(const std::optional<ServerHealth>& health)
{
    m_health = health;
    emit dataChanged(index(0, 0), index(RowCount - 1, ColumnCount - 1));
}

int ServiceStatusTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int ServiceStatusTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ServiceStatusTableModel::status(int row) const
{
    if (row == Connection) {
        switch (m_state) {
        case ServerConnection::State::Unconfigured:
            return tr("not configured");
        case ServerConnection::State::Connecting:
            return tr("connecting");
        case ServerConnection::State::Online:
            return tr("online");
        case ServerConnection::State::Offline:
            return tr("offline");
        }
        return {};
    }
    if (!m_health) {
        return tr("unknown");
    }
    // The server's own words ("healthy", "degraded", "down"): they are its API's status values.
    return row == Server ? m_health->status : m_health->databaseStatus;
}

QString ServiceStatusTableModel::detail(int row) const
{
    if (row == Connection) {
        return m_state == ServerConnection::State::Offline ? m_lastError : QString();
    }
    if (!m_health) {
        return tr("no health report yet");
    }
    if (row == Server) {
        return tr("version %1, protocol %2, up %3 h")
            .arg(m_health->version)
            .arg(m_health->protocolVersion)
            .arg(m_health->uptimeSeconds / 3600);
    }
    return m_health->databaseBackend;
}

QVariant ServiceStatusTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Service:
        return index.row() == Connection ? tr("Connection") : index.row() == Server ? tr("Server") : tr("Database");
    case Status:
        return status(index.row());
    case Detail:
        return detail(index.row());
    default:
        return {};
    }
}

QVariant ServiceStatusTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Service:
        return tr("Service");
    case Status:
        return tr("Status");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace hss::client
