// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

#include "hss/sync/PullPage.h"
#include "storage/StoreError.h"

namespace hss {
class HybridLogicalClock;
}

namespace hss::client {

class LocalStore;

/// What applying one pull page did.
struct PullOutcome
{
    std::optional<StoreError> error; ///< nothing was applied
    bool stale = false; ///< the page was asked for from another cursor than the stored one: ignored
    QString cursor; ///< the stored cursor afterwards
    int applied = 0;
    QStringList skipped; ///< rows that could not be used, with the reason (logged, never fatal)
};

/// Applies pull pages to the local store, on the store's thread. A page lands in one transaction together with the
/// cursor that follows it, so an interrupted initial sync resumes after the last whole page. A page is only used
/// when it was asked for from the stored cursor, so a repeated or late page changes nothing; a ticket older than
/// the stored revision is skipped too.
///
/// A pulled ticket with local changes still waiting in the outbox keeps the server's row and revision, with the
/// waiting changes applied on top for the local view. Conflict notes among pulled comments are recorded for review.
/// A pulled ticket's SLA clocks replace the stored ones (none from the server: none stored), and their nearest
/// running deadline becomes the ticket's queue deadline.
class PullApplier final
{
public:
    /// Does not own hlc; every change's clock and the server's are merged into it.
    explicit PullApplier(HybridLogicalClock& hlc);

    PullOutcome apply(LocalStore& store, const QString& requestCursor, const sync::PullPage& page);

    /// The stored cursor (empty: from the start).
    static QString storedCursor(LocalStore& store);

private:
    HybridLogicalClock& m_hlc;
};

} // namespace hss::client
