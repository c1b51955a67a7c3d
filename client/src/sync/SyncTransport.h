// SPDX-License-Identifier: MIT
#pragma once

#include <QFuture>
#include <QString>
#include <functional>

#include "ApiResult.h"
#include "hss/sync/PullPage.h"
#include "hss/sync/PushRequest.h"
#include "hss/sync/PushResponse.h"

namespace hss::client {

/// The two sync calls the engine makes. SyncApi talks to the real server; tests put a scripted one in its place.
/// push()'s future finishes on the thread that made the call; pull()'s may finish on a thread that decodes pages (as
/// SyncApi's does), so watch it with a QFutureWatcher or whenFinished() rather than on the calling thread.
class SyncTransport
{
public:
    virtual ~SyncTransport() = default;

    /// Changes after cursor (empty: from the start), at most limit; waits up to waitSeconds when nothing is new.
    virtual QFuture<ApiResult<sync::PullPage>> pull(const QString& cursor, int limit, int waitSeconds) = 0;
    virtual QFuture<ApiResult<sync::PushResponse>> push(const sync::PushRequest& request) = 0;
    /// Ends a pull in flight early; its future finishes with SyncApiError::Kind::Cancelled.
    virtual void cancelPull() = 0;

    /// Called with (cursor asked for, cursor the answer carries) as soon as a pull's answer with more pages after it
    /// has arrived and before it is decoded, so the caller can ask for the next page while this one is decoded.
    /// Only a hint: the decoded page is what counts. Transports that cannot tell early never call it.
    using NextPageHint = std::function<void(const QString& requested, const QString& next)>;
    virtual void setNextPageHint(NextPageHint hint) { (void)hint; }

protected:
    SyncTransport() = default;
    SyncTransport(const SyncTransport&) = default;
    SyncTransport& operator=(const SyncTransport&) = default;
};

} // namespace hss::client
