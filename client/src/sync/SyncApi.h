// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QThreadPool>
#include <QUrl>
#include <chrono>
#include <optional>

#include <nlohmann/json.hpp>

#include "ApiResult.h"
#include "SignIn.h"
#include "SyncReplies.h"
#include "SyncTransport.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace hss::client {

/// The console's HTTPS client for sign-in and sync: trusts only the configured CA (pinnedTlsConfiguration), never
/// ignores a certificate error, sorts failures into SyncApiError kinds, and on a 401 refreshes the access token
/// once and repeats the request. Lives on one thread, and every future but pull()'s finishes on it: pull answers are
/// parsed and decoded on a thread of the API's own, one at a time in the order they arrive, and their futures
/// finish there (watch them with a QFutureWatcher or whenFinished()).
class SyncApi final : public QObject, public SyncTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncApi)

public:
    explicit SyncApi(QObject* parent = nullptr);
    ~SyncApi() override;

    /// Sets the server (https only) and the CA file it must chain to; false with *error set otherwise.
    bool configure(const QUrl& serverUrl, const QString& caCertificateFile, QString* error);
    /// Uses TLS settings made elsewhere (e.g. ServerConnection::sslConfiguration()).
    void configure(const QUrl& serverUrl, const QSslConfiguration& ssl);
    /// How long a request may go without any data before it counts as timed out (long polls get their wait on top).
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_requestTimeout = timeout; }

    /// Signs in; on success the tokens are kept for the following calls.
    QFuture<ApiResult<SignIn>> login(const QString& username, const QString& password,
                                     const QString& totpCode = QString());
    /// Trades the refresh token for a new pair (the old refresh token stops working).
    QFuture<ApiResult<SignIn>> refresh();
    /// Changes the signed-in user's password (PUT /api/auth/profile); on success the server's new login replaces the
    /// tokens (the change ended every earlier one). A 422 names current_password or new_password in its field.
    QFuture<ApiResult<SignIn>> changePassword(const QString& currentPassword, const QString& newPassword);
    void setTokens(const QString& accessToken, const QString& refreshToken);
    QString refreshToken() const { return m_refreshToken; }
    bool hasSession() const { return !m_accessToken.isEmpty(); }

    QFuture<ApiResult<sync::PullPage>> pull(const QString& cursor, int limit, int waitSeconds) override;
    QFuture<ApiResult<sync::PushResponse>> push(const sync::PushRequest& request) override;
    void cancelPull() override;
    void setNextPageHint(NextPageHint hint) override { m_nextPageHint = std::move(hint); }

    /// Any authenticated JSON call (admin pages, dashboards): \a verb GET/POST/PUT/DELETE, \a pathAndQuery like
    /// "/api/admin/users?limit=200", \a body sent when not null. The answer's JSON (null for an empty 2xx body), or
    /// the failure sorted like sync's (a 4xx is Rejected with the server's code, message and field).
    QFuture<ApiResult<nlohmann::json>> requestJson(const QByteArray& verb, const QString& pathAndQuery,
                                                   const nlohmann::json& body = nullptr);

signals:
    /// New tokens after a sign-in or refresh (a caller that keeps the refresh token stores the new one).
    void tokensChanged();

private:
    using HttpReply = SyncHttpReply;

    QFuture<HttpReply> send(const QByteArray& verb, const QUrl& url, const QByteArray& body, bool authorized,
                            std::chrono::milliseconds timeout, bool isPull);
    /// send() with the bearer token; a 401 triggers one token refresh and one repeat.
    QFuture<HttpReply> sendAuthorized(const QByteArray& verb, const QUrl& url, const QByteArray& body,
                                      std::chrono::milliseconds timeout, bool isPull);
    QFuture<bool> refreshOnce(const QString& staleAccessToken);
    QFuture<ApiResult<SignIn>> signIn(const QString& path, const QByteArray& body);
    QUrl endpoint(const QString& path) const;

    QNetworkAccessManager* m_network;
    QUrl m_serverUrl;
    QSslConfiguration m_ssl;
    bool m_configured = false;
    std::chrono::milliseconds m_requestTimeout {std::chrono::seconds(20)};
    QString m_accessToken;
    QString m_refreshToken;
    std::optional<QFuture<bool>> m_refreshing;
    QPointer<QNetworkReply> m_pullReply;
    bool m_pullCancelled = false;
    NextPageHint m_nextPageHint;
    /// One thread that decodes pull pages, so the receiving thread (the UI's) stays free; waits for them on exit.
    QThreadPool m_pageDecoder;
};

} // namespace hss::client
