// SPDX-License-Identifier: MIT
#pragma once

#include <QFuture>
#include <QObject>
#include <QString>
#include <chrono>
#include <deque>
#include <memory>
#include <optional>
#include <vector>

#include "ApiResult.h"
#include "BackoffPolicy.h"
#include "SyncApiError.h"
#include "SyncReview.h"
#include "SyncStatus.h"
#include "hss/sync/PullPage.h"
#include "hss/sync/SyncLimits.h"

class QTimer;

namespace hss {
class Clock;
class HybridLogicalClock;
class RandomSource;
} // namespace hss

namespace hss::client {

class LocalStore;
class StoreWorker;
class SyncTransport;
struct PushBatch;

/// Tuning of the sync loop; tests shorten the waits.
struct SyncEngineSettings
{
    int pullLimit = 1000;
    int pushBatch = static_cast<int>(sync::maxPushBatch);
    int longPollSeconds = 25; ///< how long an idle pull waits on the server for something new
    /// Pages of a catch-up asked for or waiting while the store thread writes another (memory: about 1 MB each).
    int pullPagesAhead = 2;
    BackoffPolicy::Settings backoff;
    /// A server's Retry-After (503, 429) replaces the back-off delay, but is never waited out longer than this.
    std::chrono::milliseconds maxRetryAfter {std::chrono::minutes(5)};
};

/// Keeps the local store and the server in step: pushes the outbox (most severe first, in batches), pulls the
/// change feed page by page, and, once caught up with nothing to push, waits on a long poll so a new emergency
/// arrives within seconds. A local change cuts the long poll short and goes out at once.
///
/// While the server cannot be reached everything stays in the outbox and the engine retries with back-off and
/// jitter. Rejected changes stay visible in the outbox with the server's reason. A session that cannot be
/// refreshed stops the engine (signInRequired); a disabled account stops it for good (accountDisabled, see
/// SyncSessionGuard).
///
/// While the store thread writes one page of a catch-up, the next pages are already being fetched (each starts at
/// the cursor the page before carries; with a transport that gives a NextPageHint, as soon as that page's answer
/// arrives and before it is decoded), so server, decoding and storing overlap. Pages are still stored one at a
/// time and in order: a page fetched ahead is only stored after the page before it, and only if it starts at the
/// cursor that page stored; otherwise it is dropped and asked for again. When the server answers 503 or 429 with
/// Retry-After, the engine waits that long (at most maxRetryAfter) instead of its own back-off delay.
///
/// One engine per transport: it sets the transport's NextPageHint for its lifetime.
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    /// Owns none of its arguments; all must outlive the engine. The device id is hlc's node id.
    SyncEngine(StoreWorker& worker, SyncTransport& transport, HybridLogicalClock& hlc, const Clock& clock,
               RandomSource& random, SyncEngineSettings settings = {}, QObject* parent = nullptr);
    ~SyncEngine() override;

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    /// Pulls now (cutting a long poll short) instead of waiting out the back-off; idle() follows when done.
    void syncNow();
    /// A local change was committed: push it as soon as possible.
    void notifyLocalChange();

    SyncStatus status() const { return m_status; }

    /// Conflict notes and rejected changes waiting for a person; the status counts follow what is done there.
    SyncReview& review() { return *m_review; }

signals:
    void statusChanged(const hss::client::SyncStatus& status);
    /// Caught up with the server and nothing left to push.
    void idle();
    void pageApplied(int changes);
    void pushStarting(int mutations);
    void pushFinished(int acknowledged, int rejected);
    void signInRequired();
    void accountDisabled();

private:
    enum class Busy { None, Loading, Pull, LongPoll, Push };
    struct Counts
    {
        qint64 pending = 0;
        qint64 rejected = 0;
        qint64 conflicts = 0;
    };

    /// A pull asked for and, once answered, its page (or failure) waiting to be stored.
    struct PendingPull
    {
        QString cursor; ///< asked for from here
        quint64 serial = 0;
        std::optional<ApiResult<sync::PullPage>> result;
    };

    void next();
    void pull(int waitSeconds);
    void requestPage(const QString& cursor, int waitSeconds);
    void pageArrived(quint64 serial, ApiResult<sync::PullPage> result);
    void nextPageHinted(const QString& requested, const QString& next);
    void fetchAhead();
    void dropPulls();
    void storeNext();
    void storePage(const QString& cursor, std::shared_ptr<const sync::PullPage> page);
    void afterStore();
    void push();
    void sendBatch(std::shared_ptr<PushBatch> batch);
    void pushRefused(std::shared_ptr<PushBatch> batch, const SyncApiError& error);
    void failed(const SyncApiError& error);
    void succeeded();
    void refreshCounts();
    void applyCounts(const Counts& counts);
    void updateStatus(SyncStatus status);
    static Counts readCounts(LocalStore& store);

    StoreWorker& m_worker;
    SyncTransport& m_transport;
    HybridLogicalClock& m_hlc;
    const Clock& m_clock;
    SyncEngineSettings m_settings;
    BackoffPolicy m_backoff;
    QTimer* m_retryTimer;
    SyncReview* m_review;
    SyncStatus m_status;
    QString m_cursor; ///< the stored cursor
    /// Pulls in cursor order, each starting where the page before it ends; the front is the next page to store.
    std::deque<PendingPull> m_pulls;
    bool m_storing = false; ///< the store thread is writing a page
    std::optional<QString> m_storingNext; ///< the cursor after the page being stored, if more pages follow it
    quint64 m_pullSerial = 0; ///< answers to pulls no longer in m_pulls are ignored
    Busy m_busy = Busy::None;
    bool m_running = false;
    bool m_needPull = true;
    bool m_pushWanted = false;
    bool m_idleAnnounced = false;
    int m_pushLimit;
};

} // namespace hss::client
