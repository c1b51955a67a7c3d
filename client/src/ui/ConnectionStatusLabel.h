// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

namespace hss::client {

class ServerConnection;

/// Status-bar indicator, always visible: online, connecting, or offline since when.
class ConnectionStatusLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionStatusLabel)

public:
    explicit ConnectionStatusLabel(ServerConnection* connection, QWidget* parent = nullptr);

private:
    void refresh();

    ServerConnection* m_connection;
};

} // namespace hss::client
