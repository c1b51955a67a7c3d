// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>
#include <optional>

namespace hss::client {

/// What the status line shows about sync: online or offline since when, what waits, what needs a person.
struct SyncStatus
{
    enum class State {
        Stopped, ///< not started, or stopped on request
        Connecting, ///< started, no answer yet
        Online,
        Offline, ///< the server cannot be reached; changes are kept and retried with back-off
        SignInRequired, ///< the session expired and could not be refreshed
        AccountDisabled, ///< the server disabled this user: sync stopped for good on this device
        Incompatible, ///< the server speaks no protocol version this console does: sync stopped until one is updated
    };

    State state = State::Stopped;
    std::optional<qint64> offlineSinceMs; ///< set while offline: when the server stopped answering
    std::optional<qint64> nextAttemptMs; ///< set while offline: when the engine tries again
    std::optional<qint64> lastSyncMs; ///< the last successful exchange with the server
    qint64 pendingCount = 0; ///< local changes waiting to be pushed
    qint64 rejectedCount = 0; ///< local changes the server refused, kept for review
    qint64 conflictsToReview = 0; ///< conflict notes not yet acknowledged on this device
    bool initialSyncDone = false; ///< the pull feed was read to its end at least once
    QString lastError;

    friend bool operator==(const SyncStatus&, const SyncStatus&) = default;
};

} // namespace hss::client

Q_DECLARE_METATYPE(hss::client::SyncStatus)
