// SPDX-License-Identifier: MIT
#include "SyncReview.h"

#include "core/FutureSupport.h"
#include "core/StoreWorker.h"
#include "hss/Clock.h"

namespace hss::client {

SyncReview::SyncReview(StoreWorker& worker, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
    , m_clock(clock)
{ }

QFuture<std::vector<ConflictNoteRef>> SyncReview::conflictsToReview()
{
    return m_worker.run<std::vector<ConflictNoteRef>>(
        [](LocalStore& store) { return ConflictNoteRepository(store.database()).unacknowledged(1000); });
}

QFuture<bool> SyncReview::acknowledgeConflict(const Uuid& commentId)
{
    const qint64 now = m_clock.nowMs();
    return thenOn(m_worker.run<bool>([commentId, now](LocalStore& store) {
        return ConflictNoteRepository(store.database()).acknowledge(commentId, now);
    }),
                  this, [this](bool acknowledged) {
                      if (acknowledged) {
                          emit reviewed();
                      }
                      return acknowledged;
                  });
}

QFuture<std::vector<OutboxEntry>> SyncReview::rejectedChanges()
{
    return m_worker.run<std::vector<OutboxEntry>>(
        [](LocalStore& store) { return OutboxRepository(store.database()).rejected(1000); });
}

QFuture<bool> SyncReview::dismissRejected(const QString& mutationId)
{
    return thenOn(m_worker.run<bool>([mutationId](LocalStore& store) {
        return OutboxRepository(store.database()).removeRejected(mutationId);
    }),
                  this, [this](bool dismissed) {
                      if (dismissed) {
                          emit reviewed();
                      }
                      return dismissed;
                  });
}

QFuture<bool> SyncReview::retryRejected(const QString& mutationId)
{
    return thenOn(m_worker.run<bool>([mutationId](LocalStore& store) {
        return OutboxRepository(store.database()).requeueRejected(mutationId);
    }),
                  this, [this](bool requeued) {
                      if (requeued) {
                          emit this->requeued();
                      }
                      return requeued;
                  });
}

} // namespace hss::client
