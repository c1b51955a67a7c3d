// SPDX-License-Identifier: MIT
#include "SyncCounts.h"

#include "storage/ConflictNoteRepository.h"
#include "storage/LocalStore.h"
#include "storage/OutboxRepository.h"

namespace hss::client {

SyncCounts SyncCounts::read(LocalStore& store)
{
    const OutboxRepository outbox(store.database());
    return {outbox.pendingCount(), outbox.rejectedCount(),
            ConflictNoteRepository(store.database()).unacknowledgedCount()};
}

} // namespace hss::client
