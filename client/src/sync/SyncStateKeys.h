// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace hss::client::syncstate {

/// Keys of the values sync keeps in the store's sync_state table.
inline const QString cursor = QStringLiteral("cursor"); ///< the pull cursor after the last applied page
inline const QString deviceId = QStringLiteral("device_id"); ///< this store's node id for clocks and pushes
inline const QString hlc = QStringLiteral("hlc"); ///< the last hybrid-clock stamp issued or received
inline const QString lastSyncMs = QStringLiteral("last_sync_ms");
inline const QString initialSyncDone = QStringLiteral("initial_sync_done");

} // namespace hss::client::syncstate
