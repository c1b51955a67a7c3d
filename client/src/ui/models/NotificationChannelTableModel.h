// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/admin/AdminDocuments.h"

namespace hss::client {

/// The notification channels (e-mail, Slack, SMS): enabled, masked target, escalation contact, the last 24 hours'
/// deliveries, and the outcome of the last "Send test" on this page.
class NotificationChannelTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationChannelTableModel)

public:
    enum Column { Channel, Enabled, Target, EscalationContact, Sent, Failed, Pending, LastTest, ColumnCount };

    explicit NotificationChannelTableModel(QObject* parent = nullptr);

    void setChannels(QList<NotificationChannelInfo> channels);
    const NotificationChannelInfo& channel(int row) const { return m_channels.at(row); }
    /// Shows \a outcome (e.g. "Delivered", the error, "Sending…") in \a channel's row.
    void setTestOutcome(const QString& channel, const QString& outcome);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<NotificationChannelInfo> m_channels;
    QList<QString> m_outcomes;
};

} // namespace hss::client
