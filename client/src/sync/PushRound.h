// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <optional>
#include <string>
#include <vector>

#include "hss/sync/PushRequest.h"
#include "hss/sync/PushResponse.h"
#include "storage/OutboxRepository.h"
#include "storage/StoreError.h"

namespace hss::client {

class LocalStore;

/// A batch of outbox entries on its way to the server.
struct PushBatch
{
    std::vector<OutboxEntry> entries; ///< in request order
    sync::PushRequest request;
    std::optional<StoreError> error;
};

/// What the server's answer did to the outbox.
struct PushOutcome
{
    std::optional<StoreError> error;
    int acknowledged = 0; ///< applied, merged or conflict: removed from the outbox
    int conflicts = 0;
    int rejected = 0; ///< kept, marked rejected with the server's reason
    int unanswered = 0; ///< no result in the answer: stays pending and goes out again
};

/// The outbox side of a push, run on the store's thread.
class PushRound final
{
public:
    PushRound() = delete;

    /// Takes up to limit pending entries in priority order and marks them sent before they leave, so their payloads
    /// are never folded into again. An entry that is not a valid mutation is marked rejected here and not sent.
    /// At most one update per ticket goes out per batch, and none behind an entry still in doubt (sent before,
    /// never answered): once the earlier one is answered the later ones build on its revision (see acknowledge())
    /// instead of reaching the server on the same base, where they would count as concurrent with each other.
    static PushBatch take(LocalStore& store, int limit, const std::string& deviceId);

    /// Applies the server's results: applied, merged and conflict leave the outbox; rejected stay with the reason.
    /// A created ticket gets its revision and human number. An update taken exactly as sent on top of its base
    /// (applied, revision = base + 1) moves the local revision on, and so do the bases of edits still unsent.
    static PushOutcome acknowledge(LocalStore& store, const PushBatch& batch, const sync::PushResponse& response);

    /// The server refused a one-entry batch as a whole: keep the entry, marked rejected with the reason.
    static std::optional<StoreError> rejectAll(LocalStore& store, const PushBatch& batch, const QString& reason);

    /// The push did not get through: count the attempt on each entry (they stay pending). When the request
    /// certainly never reached the server, the entries count as unsent again, so later edits fold into them.
    static void recordFailure(LocalStore& store, const PushBatch& batch, const QString& error, bool mayHaveArrived);
};

} // namespace hss::client
