// SPDX-License-Identifier: MIT
#include "SyncApi.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QUrlQuery>
#include <memory>

#include <nlohmann/json.hpp>

#include "core/FutureSupport.h"
#include "core/PinnedTls.h"
#include "hss/Version.h"

namespace hss::client {

namespace {

using Kind = SyncApiError::Kind;

/// Decodes a reply's body with decodeJson (json → hss::Result<T>), or passes its failure on.
template <class T, class Reply, class Decode>
ApiResult<T> decodeReply(const Reply& reply, Decode decodeJson)
{
    if (reply.transportError) {
        return *reply.transportError;
    }
    if (auto error = SyncReplies::httpError(reply.status, reply.body, reply.retryAfter)) {
        return *error;
    }
    const nlohmann::json json =
        nlohmann::json::parse(reply.body.constData(), reply.body.constData() + reply.body.size(), nullptr, false);
    if (json.is_discarded()) {
        return SyncApiError {Kind::BadResponse, reply.status, {}, QStringLiteral("the answer is not JSON")};
    }
    auto decoded = decodeJson(json);
    if (!decoded) {
        return SyncApiError {Kind::BadResponse,
                             reply.status,
                             {},
                             QStringLiteral("unexpected answer: ") + QString::fromStdString(describe(decoded.error()))};
    }
    return std::move(decoded).value();
}

Result<SignIn> signInFromJson(const nlohmann::json& json)
{
    const auto text = [&json](const char* key) -> std::optional<QString> {
        if (!json.is_object() || !json.contains(key) || !json[key].is_string()) {
            return std::nullopt;
        }
        return QString::fromStdString(json[key].get<std::string>());
    };
    const auto access = text("access_token");
    const auto refresh = text("refresh_token");
    if (!access || !refresh || access->isEmpty() || !json.contains("user")) {
        return Error {ErrorCode::MissingField, "access_token", "a sign-in answer needs both tokens and the user"};
    }
    auto user = userFromJson(json["user"]);
    if (!user) {
        return withFieldPrefix(user.error(), "user.");
    }
    SignIn signIn;
    signIn.accessToken = *access;
    signIn.refreshToken = *refresh;
    signIn.expiresInSeconds =
        json.contains("expires_in") && json["expires_in"].is_number_integer() ? json["expires_in"].get<qint64>() : 0;
    signIn.user = std::move(user).value();
    signIn.passwordChangeRequired = json.contains("password_change_required")
        && json["password_change_required"].is_boolean() && json["password_change_required"].get<bool>();
    return signIn;
}

QByteArray compact(const nlohmann::json& json)
{
    return QByteArray::fromStdString(json.dump());
}

} // namespace

SyncApi::SyncApi(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setStrictTransportSecurityEnabled(true);
    m_pageDecoder.setMaxThreadCount(1);
}

SyncApi::~SyncApi() = default;

bool SyncApi::configure(const QUrl& serverUrl, const QString& caCertificateFile, QString* error)
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
    configure(serverUrl, *ssl);
    return true;
}

void SyncApi::configure(const QUrl& serverUrl, const QSslConfiguration& ssl)
{
    m_serverUrl = serverUrl;
    m_ssl = ssl;
    m_configured = true;
}

void SyncApi::setTokens(const QString& accessToken, const QString& refreshToken)
{
    m_accessToken = accessToken;
    m_refreshToken = refreshToken;
}

QUrl SyncApi::endpoint(const QString& path) const
{
    QUrl url = m_serverUrl;
    url.setPath(path);
    return url;
}

QFuture<SyncApi::HttpReply> SyncApi::send(const QByteArray& verb, const QUrl& url, const QByteArray& body,
                                          bool authorized, std::chrono::milliseconds timeout, bool isPull)
{
    if (!m_configured) {
        return QtFuture::makeReadyFuture(
            HttpReply {0, {}, SyncApiError {Kind::Unreachable, 0, {}, QStringLiteral("no server configured"), false}});
    }
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(static_cast<int>(timeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    // The server refuses a version it does not speak (426) before doing anything, so nothing is half understood.
    request.setRawHeader(QByteArray(protocolHeader.data(), static_cast<qsizetype>(protocolHeader.size())),
                         QByteArray::number(protocolVersion));
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    }
    if (authorized) {
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
    }
    QNetworkReply* reply = nullptr;
    if (verb == "GET") {
        reply = m_network->get(request);
    } else if (verb == "POST") {
        reply = m_network->post(request, body);
    } else {
        reply = m_network->sendCustomRequest(request, verb, body);
    }
    if (isPull) {
        m_pullReply = reply;
        m_pullCancelled = false;
    }
    auto promise = std::make_shared<QPromise<HttpReply>>();
    promise->start();
    auto sslErrors = std::make_shared<QList<QSslError>>();
    // Recorded to explain the failure; the errors are never ignored.
    connect(reply, &QNetworkReply::sslErrors, this,
            [sslErrors](const QList<QSslError>& errors) { *sslErrors = errors; });
    connect(reply, &QNetworkReply::finished, this, [this, reply, promise, sslErrors, isPull] {
        reply->deleteLater();
        const bool cancelled = isPull && m_pullCancelled && m_pullReply == reply;
        HttpReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (result.status > 0 && reply->error() != QNetworkReply::OperationCanceledError) {
            result.body = reply->readAll();
            if (result.status == 429 || result.status == 503) {
                result.retryAfter = SyncReplies::parseRetryAfter(reply->rawHeader("Retry-After"));
            }
        } else {
            result.status = 0;
            result.transportError = SyncReplies::transportError(*reply, *sslErrors, cancelled);
        }
        promise->addResult(std::move(result));
        promise->finish();
    });
    return promise->future();
}

QFuture<SyncApi::HttpReply> SyncApi::sendAuthorized(const QByteArray& verb, const QUrl& url, const QByteArray& body,
                                                    std::chrono::milliseconds timeout, bool isPull)
{
    auto promise = std::make_shared<QPromise<HttpReply>>();
    promise->start();
    auto finish = [promise](const HttpReply& reply) {
        promise->addResult(reply);
        promise->finish();
    };
    const QString token = m_accessToken;
    whenFinished(send(verb, url, body, true, timeout, isPull), this, [=, this](const HttpReply& reply) {
        if (reply.status != 401 || m_refreshToken.isEmpty()) {
            finish(reply);
            return;
        }
        // The access token expired (they live minutes): refresh once, then repeat the request once.
        whenFinished(refreshOnce(token), this, [=, this](bool refreshed) {
            if (!refreshed) {
                finish(reply);
                return;
            }
            whenFinished(send(verb, url, body, true, timeout, isPull), this, finish);
        });
    });
    return promise->future();
}

QFuture<bool> SyncApi::refreshOnce(const QString& staleAccessToken)
{
    if (m_accessToken != staleAccessToken && !m_accessToken.isEmpty()) {
        return QtFuture::makeReadyFuture(true); // another request refreshed in the meantime
    }
    if (m_refreshing && !m_refreshing->isFinished()) {
        return *m_refreshing;
    }
    m_refreshing = thenOn(refresh(), this, [](const ApiResult<SignIn>& result) { return result.ok(); });
    return *m_refreshing;
}

QFuture<ApiResult<SignIn>> SyncApi::signIn(const QString& path, const QByteArray& body)
{
    return thenOn(send("POST", endpoint(path), body, false, m_requestTimeout, false), this,
                  [this](const HttpReply& reply) {
                      ApiResult<SignIn> result = decodeReply<SignIn>(reply, signInFromJson);
                      if (result.ok()) {
                          setTokens(result.value().accessToken, result.value().refreshToken);
                          emit tokensChanged();
                      }
                      return result;
                  });
}

QFuture<ApiResult<SignIn>> SyncApi::login(const QString& username, const QString& password, const QString& totpCode)
{
    nlohmann::json body {{"username", username.toStdString()}, {"password", password.toStdString()}};
    if (!totpCode.isEmpty()) {
        body["totp_code"] = totpCode.toStdString();
    }
    return signIn(QStringLiteral("/api/auth/login"), compact(body));
}

QFuture<ApiResult<SignIn>> SyncApi::refresh()
{
    const nlohmann::json body {{"refresh_token", m_refreshToken.toStdString()}};
    return signIn(QStringLiteral("/api/auth/refresh"), compact(body));
}

QFuture<ApiResult<SignIn>> SyncApi::changePassword(const QString& currentPassword, const QString& newPassword)
{
    const nlohmann::json body {{"current_password", currentPassword.toStdString()},
                               {"new_password", newPassword.toStdString()}};
    return thenOn(
        sendAuthorized("PUT", endpoint(QStringLiteral("/api/auth/profile")), compact(body), m_requestTimeout, false),
        this, [this](const HttpReply& reply) {
            // The change ends every login of the user; the answer's "session" is the one to go on with.
            ApiResult<SignIn> result = decodeReply<SignIn>(reply, [](const nlohmann::json& json) {
                return json.is_object() && json.contains("session") ? signInFromJson(json["session"])
                                                                    : signInFromJson(nlohmann::json());
            });
            if (result.ok()) {
                setTokens(result.value().accessToken, result.value().refreshToken);
                emit tokensChanged();
            }
            return result;
        });
}

QFuture<ApiResult<sync::PullPage>> SyncApi::pull(const QString& cursor, int limit, int waitSeconds)
{
    QUrl url = endpoint(QStringLiteral("/api/sync/pull"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("cursor"), cursor);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("wait"), QString::number(waitSeconds));
    url.setQuery(query);
    const auto timeout = m_requestTimeout + std::chrono::seconds(waitSeconds);
    auto promise = std::make_shared<QPromise<ApiResult<sync::PullPage>>>();
    promise->start();
    whenFinished(sendAuthorized("GET", url, {}, timeout, true), this, [this, cursor, promise](const HttpReply& reply) {
        if (m_nextPageHint && reply.status == 200 && !reply.transportError) {
            if (const auto next = SyncReplies::peekNextCursor(reply.body)) {
                m_nextPageHint(cursor, *next); // the next page is on its way while this one is decoded
            }
        }
        // A page of an initial sync is tens of milliseconds of parsing and decoding: done on the decoding thread, so
        // this thread stays free and the decoding overlaps the storing of the page before.
        m_pageDecoder.start([reply, promise] {
            promise->addResult(SyncReplies::decodePullPage(reply));
            promise->finish();
        });
    });
    return promise->future();
}

QFuture<ApiResult<sync::PushResponse>> SyncApi::push(const sync::PushRequest& request)
{
    const QByteArray body = compact(sync::toJson(request));
    return thenOn(sendAuthorized("POST", endpoint(QStringLiteral("/api/sync/push")), body, m_requestTimeout, false),
                  this, [](const HttpReply& reply) {
                      return decodeReply<sync::PushResponse>(
                          reply, [](const nlohmann::json& json) { return sync::pushResponseFromJson(json); });
                  });
}

QFuture<ApiResult<nlohmann::json>> SyncApi::requestJson(const QByteArray& verb, const QString& pathAndQuery,
                                                        const nlohmann::json& body)
{
    const QUrl relative(pathAndQuery);
    QUrl url = endpoint(relative.path());
    url.setQuery(relative.query(QUrl::FullyEncoded), QUrl::StrictMode);
    const QByteArray payload = body.is_null() ? QByteArray() : compact(body);
    return thenOn(sendAuthorized(verb, url, payload, m_requestTimeout, false), this, [](const HttpReply& reply) {
        if (reply.transportError) {
            return ApiResult<nlohmann::json>(*reply.transportError);
        }
        if (auto error = SyncReplies::httpError(reply.status, reply.body, reply.retryAfter)) {
            return ApiResult<nlohmann::json>(*error);
        }
        if (reply.body.trimmed().isEmpty()) {
            return ApiResult<nlohmann::json>(nlohmann::json());
        }
        nlohmann::json json =
            nlohmann::json::parse(reply.body.constData(), reply.body.constData() + reply.body.size(), nullptr, false);
        if (json.is_discarded()) {
            return ApiResult<nlohmann::json>(
                SyncApiError {Kind::BadResponse, reply.status, {}, QStringLiteral("the answer is not JSON")});
        }
        return ApiResult<nlohmann::json>(std::move(json));
    });
}

void SyncApi::cancelPull()
{
    // One read of the guarded pointer: QPointer's second dereference trips GCC's -Wnull-dereference in CI builds.
    QNetworkReply* const reply = m_pullReply.data();
    if (reply != nullptr && reply->isRunning()) {
        m_pullCancelled = true;
        reply->abort();
    }
}

} // namespace hss::client
