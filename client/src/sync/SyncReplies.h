// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QSslError>
#include <QString>
#include <chrono>
#include <optional>

#include "ApiResult.h"
#include "SyncApiError.h"
#include "hss/sync/PullPage.h"

class QNetworkReply;

namespace hss::client {

/// What one HTTP exchange of SyncApi came to.
struct SyncHttpReply
{
    int status = 0;
    QByteArray body;
    std::optional<SyncApiError> transportError;
    std::optional<std::chrono::seconds> retryAfter {}; ///< of a 429 or 503
};

/// How SyncApi reads answers: network failures and HTTP statuses sorted into SyncApiError kinds, the Retry-After
/// header, and pull pages decoded (and peeked at before decoding).
class SyncReplies final
{
public:
    SyncReplies() = delete;

    /// A failed exchange: cancelled, an untrusted certificate (\a sslErrors), a time-out or an unreachable server.
    static SyncApiError transportError(const QNetworkReply& reply, const QList<QSslError>& sslErrors, bool cancelled);
    /// The wait a Retry-After header asks for: delay-seconds or an HTTP-date (RFC 9110 10.2.3); nullopt if unreadable.
    static std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray& header);
    /// The cursor a pull answer carries, read without decoding it, when the answer says more pages follow. Only a
    /// hint: the decoded page decides.
    static std::optional<QString> peekNextCursor(const QByteArray& body);
    /// Sorts an HTTP answer; nullopt for a 2xx whose body the caller decodes.
    static std::optional<SyncApiError> httpError(int status, const QByteArray& body,
                                                 std::optional<std::chrono::seconds> retryAfter = std::nullopt);
    /// A pull answer as a page, or its failure.
    static ApiResult<sync::PullPage> decodePullPage(const SyncHttpReply& reply);
};

} // namespace hss::client
