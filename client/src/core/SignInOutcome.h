// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>
#include <chrono>
#include <optional>

namespace hss::client {

struct SyncApiError;

/// What the agent typed into the sign-in dialog.
struct SignInRequest
{
    QUrl serverUrl;
    QString caCertificateFile;
    QString userName;
    QString password;
    QString totpCode; ///< empty unless the server asked for one
};

/// How a sign-in ended, with a message for the agent.
struct SignInOutcome
{
    enum class Code {
        Online, ///< signed in on the server and the store is open
        Offline, ///< the server cannot be reached; this device's store is open and sign-in is retried
        WrongCredentials,
        TotpRequired, ///< ask for the authenticator code and try again
        Throttled, ///< too many failed attempts; retryAfter says how long to wait
        Unreachable, ///< no server and no store of this user on this device
        Certificate, ///< the server's certificate is not trusted or has expired
        AccountDisabled,
        Incompatible, ///< no common protocol version: the console or the server must be updated
        StoreProblem, ///< the server accepted the password but the local store could not be opened
        Invalid, ///< the request itself is wrong (address, CA file, code format)
    };
    Code code = Code::Invalid;
    QString message;
    std::optional<std::chrono::seconds> retryAfter {};

    bool signedIn() const { return code == Code::Online || code == Code::Offline; }

    /// The outcome and message for a sign-in request the server (or the network) refused.
    static SignInOutcome fromError(const SyncApiError& error, bool totpGiven);
};

} // namespace hss::client
