// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

#include "AdminPage.h"

class QHBoxLayout;
class QLineEdit;
class QPushButton;
class QTableView;

namespace hss::client {

class NotificationChannelTableModel;

/// The notification channels (e-mail, Slack, SMS) as the server has them configured, with the last day's
/// deliveries and a "Send test" button per channel that shows whether the test arrived or the channel's error.
class NotificationChannelsPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationChannelsPage)

public:
    NotificationChannelsPage(AdminApi& api, QWidget* parent = nullptr);

    QString title() const override;
    NotificationChannelTableModel* channels() const { return m_channels; }
    /// Sends a test message through \a channel (to the recipient field, or the channel's configured target).
    void sendTest(const QString& channel);

protected:
    void load() override;
    void setActionsEnabled(bool enabled) override;

private:
    void rebuildButtons();

    NotificationChannelTableModel* m_channels;
    QTableView* m_table;
    QLineEdit* m_recipient;
    QHBoxLayout* m_buttonRow;
    QList<QPushButton*> m_testButtons;
    bool m_enabled = false;
};

} // namespace hss::client
