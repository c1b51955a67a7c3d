// SPDX-License-Identifier: MIT
#pragma once

#include <QFuture>
#include <QObject>
#include <QString>
#include <chrono>
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
class PullPipeline;
class StoreWorker;
class SyncTransport;
struct PullOutcome;
struct PushBatch;
struct SyncCounts;

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
/// Pulls go through a PullPipeline, which fetches the next pages of a catch-up while the store thread writes one,
/// and still stores them one at a time, in order. When the server answers 503 or 429 with Retry-After, the engine
/// waits that long (at most maxRetryAfter) instead of its own back-off delay.
///
/// One engine per transport: its pipeline sets the transport's NextPageHint for the engine's lifetime.
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

    void next();
    void pull(int waitSeconds);
    void pageStored(const PullOutcome& outcome, const SyncCounts& counts, const sync::PullPage& page);
    void restartPull();
    void afterStore();
    void push();
    void sendBatch(std::shared_ptr<PushBatch> batch);
    void pushRefused(std::shared_ptr<PushBatch> batch, const SyncApiError& error);
    void failed(const SyncApiError& error);
    void succeeded();
    void refreshCounts();
    void applyCounts(const SyncCounts& counts);
    void updateStatus(SyncStatus status);

    StoreWorker& m_worker;
    SyncTransport& m_transport;
    HybridLogicalClock& m_hlc;
    const Clock& m_clock;
    SyncEngineSettings m_settings;
    BackoffPolicy m_backoff;
    QTimer* m_retryTimer;
    SyncReview* m_review;
    PullPipeline* m_pipeline;
    SyncStatus m_status;
    Busy m_busy = Busy::None;
    bool m_running = false;
    bool m_needPull = true;
    bool m_pushWanted = false;
    bool m_idleAnnounced = false;
    int m_pushLimit;
};

} // namespace hss::client
