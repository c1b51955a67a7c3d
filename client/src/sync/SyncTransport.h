// SPDX-License-Identifier: MIT
#pragma once

#include <QFuture>
#include <QString>

#include "ApiResult.h"
#include "hss/sync/PullPage.h"
#include "hss/sync/PushRequest.h"
#include "hss/sync/PushResponse.h"

namespace hss::client {

/// The two sync calls the engine makes. SyncApi talks to the real server; tests put a scripted one in its place.
/// Futures finish on the thread that made the call.
class SyncTransport
{
public:
    virtual ~SyncTransport() = default;

    /// Changes after cursor (empty: from the start), at most limit; waits up to waitSeconds when nothing is new.
    virtual QFuture<ApiResult<sync::PullPage>> pull(const QString& cursor, int limit, int waitSeconds) = 0;
    virtual QFuture<ApiResult<sync::PushResponse>> push(const sync::PushRequest& request) = 0;
    /// Ends a pull in flight early; its future finishes with SyncApiError::Kind::Cancelled.
    virtual void cancelPull() = 0;

protected:
    SyncTransport() = default;
    SyncTransport(const SyncTransport&) = default;
    SyncTransport& operator=(const SyncTransport&) = default;
};

} // namespace hss::client
