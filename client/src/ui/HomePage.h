// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace hss::client {

class ServerConnection;

/// The first page of the console: who it is for and the state of the link to the server.
class HomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomePage)

public:
    HomePage(ServerConnection* connection, const QString& caCertificateFile, QWidget* parent = nullptr);

private:
    void refresh();

    ServerConnection* m_connection;
    QString m_caCertificateFile;
    QLabel* m_address;
    QLabel* m_status;
    QLabel* m_version;
    QLabel* m_database;
    QLabel* m_certificate;
    QLabel* m_tls;
    QLabel* m_peerCertificate;
    QLabel* m_lastContact;
    QLabel* m_problem;
    QPushButton* m_checkNow;
};

} // namespace hss::client
