// SPDX-License-Identifier: MIT
#include "NotificationChannelTableModel.h"

namespace hss::client {

NotificationChannelTableModel::NotificationChannelTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void NotificationChannelTableModel::setChannels(QList<NotificationChannelInfo> channels)
{
    beginResetModel();
    m_channels = std::move(channels);
    m_outcomes = QList<QString>(m_channels.size());
    endResetModel();
}

void NotificationChannelTableModel::setTestOutcome(const QString& channel, const QString& outcome)
{
    for (int row = 0; row < m_channels.size(); ++row) {
        if (m_channels.at(row).channel == channel) {
            m_outcomes[row] = outcome;
            emit dataChanged(index(row, LastTest), index(row, LastTest), {Qt::DisplayRole, Qt::ToolTipRole});
        }
    }
}

int NotificationChannelTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_channels.size());
}

int NotificationChannelTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotificationChannelTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const NotificationChannelInfo& info = channel(index.row());
    if (role == Qt::ToolTipRole && index.column() == LastTest) {
        return m_outcomes.at(index.row());
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Channel:
        if (info.channel == QLatin1String("email")) {
            return tr("E-mail");
        }
        if (info.channel == QLatin1String("slack")) {
            return tr("Slack");
        }
        return info.channel == QLatin1String("sms") ? tr("SMS") : info.channel;
    case Enabled:
        return info.enabled ? tr("Enabled") : tr("Disabled");
    case Target:
        return info.target;
    case EscalationContact:
        return info.escalationContact;
    case Sent:
        return info.sent;
    case Failed:
        return info.failed;
    case Pending:
        return info.pending;
    case LastTest:
        return m_outcomes.at(index.row());
    default:
        return {};
    }
}

QVariant NotificationChannelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Channel:
        return tr("Channel");
    case Enabled:
        return tr("State");
    case Target:
        return tr("Sends to");
    case EscalationContact:
        return tr("Medical escalation");
    case Sent:
        return tr("Sent (24 h)");
    case Failed:
        return tr("Failed (24 h)");
    case Pending:
        return tr("Pending");
    case LastTest:
        return tr("Last test");
    default:
        return {};
    }
}

} // namespace hss::client
