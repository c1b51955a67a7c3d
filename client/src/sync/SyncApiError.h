// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <chrono>
#include <optional>

namespace hss::client {

/// Why a request to the server failed, sorted by what the sync engine does about it.
struct SyncApiError
{
    enum class Kind {
        Unreachable, ///< no connection (refused, no route, name not found, connection dropped): retry later
        Timeout, ///< no answer in time: retry later
        Tls, ///< the server's certificate does not chain to the pinned CA, or the handshake failed: retry later
        Unauthorized, ///< 401 even after refreshing the access token: sign in again
        AccountDisabled, ///< 403 account_disabled: stop, lock, forget this device's key
        Incompatible, ///< 426 protocol_unsupported: this console and the server speak no common protocol version
        Rejected, ///< another 4xx: the request itself is wrong; retrying it unchanged will not help
        ServerError, ///< 5xx, or 429 Too Many Requests: retry later
        BadResponse, ///< 2xx whose body is not what the protocol says: retry later
        Cancelled, ///< aborted on purpose (a long poll cut short so a push can go out)
    };

    Kind kind = Kind::Unreachable;
    int httpStatus = 0; ///< 0 when no HTTP answer arrived
    QString code; ///< the server's "error" code, if it sent one
    QString message; ///< for logs and the status line
    /// False only when the request certainly never reached the server (refused connection, unknown host, failed
    /// TLS handshake): a push that failed like this was certainly not applied.
    bool mayHaveArrived = true;
    /// How long the server asked us to wait (Retry-After of a 503 or 429), if it said.
    std::optional<std::chrono::seconds> retryAfter {};
    QString field {}; ///< the request field the server named as wrong ("field" of a 4xx answer), if any

    /// True when the same request may succeed later without anyone doing anything.
    bool isTransient() const
    {
        return kind == Kind::Unreachable || kind == Kind::Timeout || kind == Kind::Tls || kind == Kind::ServerError
            || kind == Kind::BadResponse;
    }
};

} // namespace hss::client
