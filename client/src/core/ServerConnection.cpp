// SPDX-License-Identifier: MIT
#include "ServerConnection.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <memory>

#include "PinnedTls.h"

namespace hss::client {

namespace {

constexpr std::chrono::seconds defaultPollInterval {15};
constexpr std::chrono::seconds requestTimeout {10};

QString describeSslErrors(const QList<QSslError>& errors)
{
    QStringList texts;
    for (const QSslError& error : errors) {
        texts << error.errorString();
    }
    return texts.join(QLatin1String("; "));
}

} // namespace

ServerConnection::ServerConnection(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_pollTimer(new QTimer(this))
{
    m_network->setStrictTransportSecurityEnabled(true);
    m_pollTimer->setInterval(defaultPollInterval);
    connect(m_pollTimer, &QTimer::timeout, this, &ServerConnection::checkNow);
}

ServerConnection::~ServerConnection() = default;

bool ServerConnection::configure(const QUrl& serverUrl, const QString& caCertificateFile, QString* error)
{
    if (!serverUrl.isValid() || serverUrl.scheme() != QLatin1String("https") || serverUrl.host().isEmpty()) {
        *error =
            tr("The server address must start with https:// and name a host (got \"%1\").").arg(serverUrl.toString());
        return false;
    }
    auto ssl = pinnedTlsConfiguration(caCertificateFile, error);
    if (!ssl) {
        return false;
    }
    m_ssl = *ssl;
    m_serverUrl = serverUrl;
    setState(State::Connecting);
    return true;
}

void ServerConnection::setPollInterval(std::chrono::milliseconds interval)
{
    m_pollTimer->setInterval(interval);
}

void ServerConnection::start()
{
    checkNow();
    m_pollTimer->start();
}

void ServerConnection::stop()
{
    m_pollTimer->stop();
}

void ServerConnection::checkNow()
{
    if (m_state == State::Unconfigured || m_checkInFlight) {
        return;
    }
    QUrl url = m_serverUrl;
    url.setPath(QStringLiteral("/api/health"));
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(static_cast<int>(std::chrono::milliseconds(requestTimeout).count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    m_checkInFlight = true;
    QNetworkReply* reply = m_network->get(request);
    auto sslErrors = std::make_shared<QList<QSslError>>();
    // Recorded to explain the failure; the errors are never ignored.
    connect(reply, &QNetworkReply::sslErrors, this,
            [sslErrors](const QList<QSslError>& errors) { *sslErrors = errors; });
    connect(reply, &QNetworkReply::finished, this, [this, reply, sslErrors] { handleReply(reply, *sslErrors); });
}

void ServerConnection::handleReply(QNetworkReply* reply, const QList<QSslError>& sslErrors)
{
    reply->deleteLater();
    m_checkInFlight = false;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    QString parseError;
    const auto health = status > 0 ? ServerHealth::fromJson(body, &parseError) : std::nullopt;

    if (health) {
        // 503 with a report still means the server answered: it is reachable but not healthy.
        m_lastHealth = health;
        m_lastTls = TlsSessionInfo::fromConfiguration(reply->sslConfiguration());
        m_lastContact = QDateTime::currentDateTimeUtc();
        m_lastError.clear();
        m_offlineSince = QDateTime();
        setState(State::Online);
        emit healthUpdated(*health);
        return;
    }
    if (!sslErrors.isEmpty()) {
        m_lastError = tr("The server's certificate is not trusted: %1").arg(describeSslErrors(sslErrors));
    } else if (status > 0) {
        m_lastError = tr("The server answered HTTP %1: %2").arg(status).arg(parseError);
    } else {
        m_lastError = tr("Cannot reach %1: %2").arg(m_serverUrl.toString(), reply->errorString());
    }
    if (m_state != State::Offline) {
        m_offlineSince = QDateTime::currentDateTimeUtc();
    }
    setState(State::Offline);
    emit checkFailed(m_lastError);
}

void ServerConnection::setState(State state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    emit stateChanged(state);
}

} // namespace hss::client
