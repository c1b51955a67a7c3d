// SPDX-License-Identifier: MIT
#include "SyncReplies.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkReply>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace hss::client {

namespace {

using Kind = SyncApiError::Kind;

QString describeSslErrors(const QList<QSslError>& errors)
{
    QStringList texts;
    for (const QSslError& error : errors) {
        texts << error.errorString();
    }
    return texts.join(QLatin1String("; "));
}

} // namespace

SyncApiError SyncReplies::transportError(const QNetworkReply& reply, const QList<QSslError>& sslErrors, bool cancelled)
{
    const QString text = reply.errorString();
    if (cancelled) {
        return {Kind::Cancelled, 0, {}, QStringLiteral("cancelled")};
    }
    if (!sslErrors.isEmpty()) {
        return {Kind::Tls,
                0,
                {},
                QStringLiteral("the server's certificate is not trusted: ") + describeSslErrors(sslErrors),
                false};
    }
    switch (reply.error()) {
    case QNetworkReply::SslHandshakeFailedError:
        return {Kind::Tls, 0, {}, text, false};
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // a transfer timeout aborts the reply
        return {Kind::Timeout, 0, {}, text};
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
        return {Kind::Unreachable, 0, {}, text, false};
    default:
        return {Kind::Unreachable, 0, {}, text};
    }
}

std::optional<std::chrono::seconds> SyncReplies::parseRetryAfter(const QByteArray& header)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty()) {
        return std::nullopt;
    }
    bool isNumber = false;
    const qlonglong seconds = value.toLongLong(&isNumber);
    if (isNumber) {
        return seconds >= 0 ? std::optional(std::chrono::seconds(seconds)) : std::nullopt;
    }
    // IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), the form servers send; other RFC 2822 forms as Qt reads them.
    const QString text = QString::fromLatin1(value);
    QDateTime at = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (at.isValid()) {
        at.setTimeSpec(Qt::UTC);
    } else {
        at = QDateTime::fromString(text, Qt::RFC2822Date);
    }
    if (!at.isValid()) {
        return std::nullopt;
    }
    return std::chrono::seconds(std::max<qint64>(QDateTime::currentDateTimeUtc().secsTo(at), 0));
}

// The server writes the page's members in name order, so its own "cursor" and "has_more" come after every row,
// and rows cannot hold these bytes (a quote inside a JSON string is escaped).
std::optional<QString> SyncReplies::peekNextCursor(const QByteArray& body)
{
    static const QByteArray cursorKey = QByteArrayLiteral("\"cursor\":\"");
    static const QByteArray moreKey = QByteArrayLiteral("\"has_more\":true");
    const qsizetype at = body.lastIndexOf(cursorKey);
    if (at < 0) {
        return std::nullopt;
    }
    const qsizetype start = at + cursorKey.size();
    const qsizetype end = body.indexOf('"', start);
    if (end < 0 || end - start > 40 || body.indexOf(moreKey, end) < 0) {
        return std::nullopt;
    }
    return QString::fromLatin1(body.constData() + start, end - start);
}

std::optional<SyncApiError> SyncReplies::httpError(int status, const QByteArray& body,
                                                   std::optional<std::chrono::seconds> retryAfter)
{
    if (status >= 200 && status < 300) {
        return std::nullopt;
    }
    const nlohmann::json json = nlohmann::json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    QString code;
    QString message = QStringLiteral("HTTP %1").arg(status);
    QString field;
    if (json.is_object()) {
        if (json.contains("field") && json["field"].is_string()) {
            field = QString::fromStdString(json["field"].get<std::string>());
        }
        if (json.contains("error") && json["error"].is_string()) {
            code = QString::fromStdString(json["error"].get<std::string>());
        }
        if (json.contains("message") && json["message"].is_string()) {
            message = QString::fromStdString(json["message"].get<std::string>());
        }
    }
    Kind kind = Kind::BadResponse;
    if (status == 401) {
        kind = Kind::Unauthorized;
    } else if (status == 403 && code == QLatin1String("account_disabled")) {
        kind = Kind::AccountDisabled;
    } else if (status == 426) {
        kind = Kind::Incompatible;
    } else if (status == 429 || status >= 500) {
        kind = Kind::ServerError; // 429: the request is fine, the server wants fewer of them for a while
    } else if (status >= 400 && status < 500) {
        kind = Kind::Rejected;
    }
    SyncApiError error {kind, status, code, message};
    error.field = field;
    error.retryAfter = retryAfter;
    return error;
}

ApiResult<sync::PullPage> SyncReplies::decodePullPage(const SyncHttpReply& reply)
{
    if (reply.transportError) {
        return *reply.transportError;
    }
    if (auto error = httpError(reply.status, reply.body, reply.retryAfter)) {
        return *error;
    }
    // Each row's JSON is decoded once: the rows' "data" objects are moved out of the parsed answer before the page
    // codec reads it (which would copy each) and moved into the decoded changes afterwards.
    nlohmann::json json =
        nlohmann::json::parse(reply.body.constData(), reply.body.constData() + reply.body.size(), nullptr, false);
    if (json.is_discarded()) {
        return SyncApiError {Kind::BadResponse, reply.status, {}, QStringLiteral("the answer is not JSON")};
    }
    std::vector<nlohmann::json> rows;
    if (const auto changes = json.find("changes"); changes != json.end() && changes->is_array()) {
        rows.reserve(changes->size());
        for (nlohmann::json& change : *changes) {
            const auto data = change.is_object() ? change.find("data") : change.end();
            if (data != change.end() && data->is_object()) {
                rows.push_back(std::move(*data));
                *data = nlohmann::json::object(); // still an object, so the codec's checks see the same shape
            } else {
                rows.emplace_back();
            }
        }
    }
    auto decoded = sync::pullPageFromJson(json);
    if (!decoded || decoded.value().changes.size() != rows.size()) {
        return SyncApiError {
            Kind::BadResponse,
            reply.status,
            {},
            QStringLiteral("unexpected answer: ")
                + QString::fromStdString(decoded ? "rows lost in decoding" : describe(decoded.error()))};
    }
    sync::PullPage page = std::move(decoded).value();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].is_object()) {
            page.changes[i].data = std::move(rows[i]);
        }
    }
    return page;
}

} // namespace hss::client
