// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace hss::client {

class LocalStore;

/// What the sync status counts, read from the store after each step of the sync.
struct SyncCounts
{
    qint64 pending = 0; ///< outbox entries waiting to be pushed
    qint64 rejected = 0; ///< outbox entries the server refused
    qint64 conflicts = 0; ///< conflict notes nobody has acknowledged

    /// Reads the counts on the store's thread.
    static SyncCounts read(LocalStore& store);
};

} // namespace hss::client
