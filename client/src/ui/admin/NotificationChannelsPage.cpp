// SPDX-License-Identifier: MIT
#include "NotificationChannelsPage.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

#include "core/FutureSupport.h"
#include "core/admin/AdminApi.h"
#include "ui/models/NotificationChannelTableModel.h"

namespace hss::client {

NotificationChannelsPage::NotificationChannelsPage(AdminApi& api, QWidget* parent)
    : AdminPage(api, parent)
    , m_channels(new NotificationChannelTableModel(this))
    , m_table(new QTableView(this))
    , m_recipient(new QLineEdit(this))
    , m_buttonRow(new QHBoxLayout)
{
    setObjectName(QStringLiteral("adminChannelsPage"));
    m_table->setObjectName(QStringLiteral("channelsTable"));
    m_table->setAccessibleName(tr("Notification channels"));
    m_table->setModel(m_channels);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_recipient->setObjectName(QStringLiteral("channelTestRecipient"));
    m_recipient->setAccessibleName(tr("Test recipient (optional)"));
    m_recipient->setPlaceholderText(tr("optional: an address or phone number; empty sends to the configured one"));

    contentLayout()->addWidget(m_table, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("Test &recipient:"), m_recipient);
    contentLayout()->addLayout(form);
    contentLayout()->addLayout(m_buttonRow);
    setActionsEnabled(false);
}

QString NotificationChannelsPage::title() const
{
    return tr("Notification channels");
}

void NotificationChannelsPage::load()
{
    whenFinished(api().listNotificationChannels(), this,
                 [this](const ApiResult<QList<NotificationChannelInfo>>& answer) {
                     if (!answer.ok()) {
                         failed(answer.error());
                         return;
                     }
                     m_channels->setChannels(answer.value());
                     rebuildButtons();
                     loaded();
                 });
}

void NotificationChannelsPage::rebuildButtons()
{
    qDeleteAll(m_testButtons);
    m_testButtons.clear();
    for (int row = 0; row < m_channels->rowCount(); ++row) {
        const NotificationChannelInfo& info = m_channels->channel(row);
        const QString label =
            m_channels->data(m_channels->index(row, NotificationChannelTableModel::Channel)).toString();
        auto* button = new QPushButton(tr("Send test: %1").arg(label), this);
        button->setObjectName(QStringLiteral("channelTest_%1").arg(info.channel));
        button->setAccessibleName(tr("Send a test message through %1").arg(label));
        button->setToolTip(info.enabled ? QString() : tr("This channel is disabled in the server's configuration."));
        button->setProperty("enabledChannel", info.enabled);
        button->setEnabled(m_enabled && info.enabled);
        const QString channel = info.channel;
        connect(button, &QPushButton::clicked, this, [this, channel] { sendTest(channel); });
        m_buttonRow->addWidget(button);
        m_testButtons.append(button);
    }
}

void NotificationChannelsPage::sendTest(const QString& channel)
{
    m_channels->setTestOutcome(channel, tr("Sending…"));
    whenFinished(api().testNotificationChannel(channel, m_recipient->text().trimmed()), this,
                 [this, channel](const ApiResult<ChannelTestResult>& answer) {
                     if (!answer.ok()) {
                         const QString outcome = tr("Not sent: %1").arg(answer.error().message);
                         m_channels->setTestOutcome(channel, outcome);
                         if (answer.error().httpStatus == 0) {
                             failed(answer.error()); // offline
                         } else {
                             // 409 (channel switched off) or 400 (recipient): nothing to reload, just say why.
                             setStatus(outcome, true);
                             emit settled();
                         }
                         return;
                     }
                     const ChannelTestResult& result = answer.value();
                     const QString outcome = result.delivered ? tr("Delivered") : tr("Failed: %1").arg(result.error);
                     m_channels->setTestOutcome(channel, outcome);
                     setStatus(outcome, !result.delivered);
                     emit settled();
                 });
}

void NotificationChannelsPage::setActionsEnabled(bool enabled)
{
    m_enabled = enabled;
    for (QPushButton* button : std::as_const(m_testButtons)) {
        button->setEnabled(enabled && button->property("enabledChannel").toBool());
    }
}

} // namespace hss::client
