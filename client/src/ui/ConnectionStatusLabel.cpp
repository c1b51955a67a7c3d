// SPDX-License-Identifier: MIT
#include "ConnectionStatusLabel.h"

#include <QLocale>

#include "core/ServerConnection.h"

namespace hss::client {

ConnectionStatusLabel::ConnectionStatusLabel(ServerConnection* connection, QWidget* parent)
    : QLabel(parent)
    , m_connection(connection)
{
    setObjectName(QStringLiteral("connectionStatus"));
    setTextFormat(Qt::RichText);
    setAccessibleName(tr("Connection status"));
    connect(connection, &ServerConnection::stateChanged, this, &ConnectionStatusLabel::refresh);
    connect(connection, &ServerConnection::healthUpdated, this, &ConnectionStatusLabel::refresh);
    connect(connection, &ServerConnection::checkFailed, this, &ConnectionStatusLabel::refresh);
    refresh();
}

void ConnectionStatusLabel::refresh()
{
    const QString host = m_connection->serverUrl().authority();
    switch (m_connection->state()) {
    case ServerConnection::State::Unconfigured:
        setText(tr("<b>No server configured</b>"));
        setToolTip(QString());
        break;
    case ServerConnection::State::Connecting:
        setText(tr("Connecting to %1…").arg(host.toHtmlEscaped()));
        setToolTip(QString());
        break;
    case ServerConnection::State::Online:
        setText(tr("<span style='color:#1b7f3b'>●</span> Online · %1").arg(host.toHtmlEscaped()));
        setToolTip(tr("Last contact %1")
                       .arg(QLocale().toString(m_connection->lastContact().toLocalTime(), QLocale::ShortFormat)));
        break;
    case ServerConnection::State::Offline:
        setText(tr("<span style='color:#b3261e'>●</span> Offline since %1")
                    .arg(QLocale().toString(m_connection->offlineSince().toLocalTime(), QLocale::ShortFormat)));
        setToolTip(m_connection->lastError());
        break;
    }
}

} // namespace hss::client
