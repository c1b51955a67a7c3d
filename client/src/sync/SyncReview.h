// SPDX-License-Identifier: MIT
#pragma once

#include <QFuture>
#include <QObject>
#include <QString>
#include <vector>

#include "hss/Uuid.h"
#include "storage/ConflictNoteRepository.h"
#include "storage/OutboxRepository.h"

namespace hss {
class Clock;
}

namespace hss::client {

class StoreWorker;

/// What sync leaves for a person to look at: conflict notes the server attached to tickets, and local changes the
/// server refused. Reviewing changes only this device's bookkeeping; the SyncEngine's status follows.
class SyncReview final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncReview)

public:
    /// Owns neither; both must outlive the review.
    SyncReview(StoreWorker& worker, const Clock& clock, QObject* parent = nullptr);

    QFuture<std::vector<ConflictNoteRef>> conflictsToReview();
    /// Marks a conflict note reviewed; false when it was not waiting.
    QFuture<bool> acknowledgeConflict(const Uuid& commentId);

    QFuture<std::vector<OutboxEntry>> rejectedChanges();
    /// Removes a rejected change after a person has seen it.
    QFuture<bool> dismissRejected(const QString& mutationId);
    /// Sends a rejected change again (the server refuses some changes only for a while, e.g. a storage error;
    /// a change it already decided on gets the same answer again).
    QFuture<bool> retryRejected(const QString& mutationId);

signals:
    /// A note was acknowledged or a rejected change dismissed: the counts changed.
    void reviewed();
    /// A rejected change is queued again and should be pushed.
    void requeued();

private:
    StoreWorker& m_worker;
    const Clock& m_clock;
};

} // namespace hss::client
