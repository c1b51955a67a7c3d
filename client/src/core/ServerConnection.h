// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <chrono>
#include <optional>

#include "ServerHealth.h"
#include "TlsSessionInfo.h"

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;
class QTimer;

namespace hss::client {

/// The console's link to its server: HTTPS that trusts only the configured CA (never the system store,
/// never an ignored certificate error), a periodic health check, and whether the server is reachable.
class ServerConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerConnection)

public:
    enum class State { Unconfigured, Connecting, Online, Offline };
    Q_ENUM(State)

    explicit ServerConnection(QObject* parent = nullptr);
    ~ServerConnection() override;

    /// Sets the server and the CA certificate(s) (PEM file) it must chain to. Returns false with *error set
    /// when the URL is not https or the file holds no usable certificate; the previous setup stays.
    bool configure(const QUrl& serverUrl, const QString& caCertificateFile, QString* error);

    void setPollInterval(std::chrono::milliseconds interval);
    /// Checks now and then every poll interval.
    void start();
    void stop();
    void checkNow();

    State state() const { return m_state; }
    QUrl serverUrl() const { return m_serverUrl; }
    /// When the server stopped answering; invalid unless offline.
    QDateTime offlineSince() const { return m_offlineSince; }
    QDateTime lastContact() const { return m_lastContact; }
    std::optional<ServerHealth> lastHealth() const { return m_lastHealth; }
    QString lastError() const { return m_lastError; }
    /// Protocol, cipher and certificate of the last verified connection.
    TlsSessionInfo lastTlsSession() const { return m_lastTls; }

    /// The TLS settings every request to this server must use.
    QSslConfiguration sslConfiguration() const { return m_ssl; }

signals:
    void stateChanged(hss::client::ServerConnection::State state);
    void healthUpdated(const hss::client::ServerHealth& health);
    void checkFailed(const QString& message);

private:
    void setState(State state);
    void handleReply(QNetworkReply* reply, const QList<QSslError>& sslErrors);

    QNetworkAccessManager* m_network;
    QTimer* m_pollTimer;
    QUrl m_serverUrl;
    QSslConfiguration m_ssl;
    State m_state = State::Unconfigured;
    QDateTime m_offlineSince;
    QDateTime m_lastContact;
    std::optional<ServerHealth> m_lastHealth;
    QString m_lastError;
    TlsSessionInfo m_lastTls;
    bool m_checkInFlight = false;
};

} // namespace hss::client
