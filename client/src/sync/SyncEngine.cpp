// SPDX-License-Identifier: MIT
#include "SyncEngine.h"

#include <QLoggingCategory>
#include <QTimer>
#include <algorithm>

#include "PullApplier.h"
#include "PullPipeline.h"
#include "PushRound.h"
#include "SyncStateKeys.h"
#include "SyncTransport.h"
#include "core/FutureSupport.h"
#include "core/StoreWorker.h"
#include "hss/Clock.h"
#include "hss/HybridLogicalClock.h"
#include "storage/SyncStateRepository.h"

Q_LOGGING_CATEGORY(lcSync, "hss.sync")

namespace hss::client {

namespace {

using Kind = SyncApiError::Kind;

struct Loaded
{
    QString cursor;
    std::optional<qint64> lastSyncMs;
    bool initialSyncDone = false;
};

/// A whole batch refused for its content (not for who sent it or where): some mutation in it is bad.
bool refusesContent(const SyncApiError& error)
{
    return error.kind == Kind::Rejected
        && (error.httpStatus == 400 || error.httpStatus == 413 || error.httpStatus == 422);
}

} // namespace

SyncEngine::SyncEngine(StoreWorker& worker, SyncTransport& transport, HybridLogicalClock& hlc, const Clock& clock,
                       RandomSource& random, SyncEngineSettings settings, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
    , m_transport(transport)
    , m_hlc(hlc)
    , m_clock(clock)
    , m_settings(settings)
    , m_backoff(random, settings.backoff)
    , m_retryTimer(new QTimer(this))
    , m_review(new SyncReview(worker, clock, this))
    , m_pipeline(new PullPipeline(
          worker, transport, hlc, clock, settings.pullLimit, settings.pullPagesAhead, [this] { return m_running; },
          [this] { return m_pushWanted; }, this))
    , m_pushLimit(std::clamp(settings.pushBatch, 1, static_cast<int>(sync::maxPushBatch)))
{
    m_settings.pushBatch = m_pushLimit;
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &SyncEngine::next);
    connect(m_review, &SyncReview::reviewed, this, &SyncEngine::refreshCounts);
    connect(m_review, &SyncReview::requeued, this, &SyncEngine::notifyLocalChange);
    connect(m_pipeline, &PullPipeline::pageStored, this, &SyncEngine::pageStored);
    connect(m_pipeline, &PullPipeline::failed, this, &SyncEngine::failed);
    connect(m_pipeline, &PullPipeline::restartNeeded, this, &SyncEngine::restartPull);
}

SyncEngine::~SyncEngine()
{
    stop();
}

void SyncEngine::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_needPull = true;
    m_busy = Busy::Loading;
    SyncStatus connecting = m_status;
    connecting.state = SyncStatus::State::Connecting;
    updateStatus(connecting);
    whenFinished(m_worker.run<std::pair<Loaded, SyncCounts>>([](LocalStore& store) {
        SyncStateRepository state(store.database());
        Loaded loaded;
        loaded.cursor = PullApplier::storedCursor(store);
        if (auto last = state.value(syncstate::lastSyncMs)) {
            loaded.lastSyncMs = last->toLongLong();
        }
        loaded.initialSyncDone = state.value(syncstate::initialSyncDone).has_value();
        return std::pair {loaded, SyncCounts::read(store)};
    }),
                 this, [this](const std::pair<Loaded, SyncCounts>& loaded) {
                     m_busy = Busy::None;
                     m_pipeline->setCursor(loaded.first.cursor);
                     SyncStatus status = m_status;
                     status.lastSyncMs = loaded.first.lastSyncMs;
                     status.initialSyncDone = loaded.first.initialSyncDone;
                     updateStatus(status);
                     applyCounts(loaded.second);
                     m_pushWanted = loaded.second.pending > 0;
                     next();
                 });
}

void SyncEngine::stop()
{
    if (!m_running) {
        return;
    }
    m_running = false;
    m_retryTimer->stop();
    if (m_busy == Busy::Pull || m_busy == Busy::LongPoll) {
        m_transport.cancelPull();
    }
    SyncStatus status = m_status;
    if (status.state != SyncStatus::State::SignInRequired && status.state != SyncStatus::State::AccountDisabled
        && status.state != SyncStatus::State::Incompatible) {
        status.state = SyncStatus::State::Stopped;
    }
    updateStatus(status);
}

void SyncEngine::syncNow()
{
    m_retryTimer->stop();
    m_needPull = true;
    m_idleAnnounced = false; // whoever asked hears when this round is done
    if (m_busy == Busy::LongPoll) {
        m_transport.cancelPull();
    }
    next();
}

void SyncEngine::notifyLocalChange()
{
    m_pushWanted = true;
    m_idleAnnounced = false;
    refreshCounts();
    if (m_busy == Busy::LongPoll) {
        m_transport.cancelPull(); // the push goes out as soon as the poll has ended
    } else {
        next();
    }
}

void SyncEngine::next()
{
    if (!m_running || m_busy != Busy::None || m_retryTimer->isActive()) {
        return;
    }
    // Pushing first gets an emergency typed offline to the server before a long catch-up pull.
    if (m_pushWanted) {
        push();
    } else if (m_needPull) {
        pull(0);
    } else {
        if (!m_idleAnnounced) {
            m_idleAnnounced = true;
            emit idle();
            if (!m_running || m_busy != Busy::None) {
                return; // a receiver stopped the engine or started something
            }
        }
        pull(m_settings.longPollSeconds);
    }
}

void SyncEngine::pull(int waitSeconds)
{
    m_busy = waitSeconds > 0 ? Busy::LongPoll : Busy::Pull;
    m_pipeline->pull(waitSeconds);
}

void SyncEngine::pageStored(const PullOutcome& outcome, const SyncCounts& counts, const sync::PullPage& page)
{
    m_needPull = outcome.stale || page.hasMore;
    if (!page.changes.empty()) {
        m_idleAnnounced = false;
    }
    if (!m_running || !m_needPull || m_pipeline->nextIsStale()) {
        m_pipeline->drop(); // stale, stopped, or nothing more: what was fetched ahead is not stored
    }
    if (m_pipeline->isEmpty()) {
        m_busy = Busy::None;
    }
    succeeded();
    SyncStatus status = m_status;
    status.initialSyncDone = status.initialSyncDone || !page.hasMore;
    updateStatus(status);
    applyCounts(counts);
    emit pageApplied(static_cast<int>(page.changes.size()));
    afterStore();
}

void SyncEngine::restartPull()
{
    m_busy = Busy::None;
    next();
}

void SyncEngine::afterStore()
{
    if (m_pipeline->isEmpty()) {
        if (m_busy == Busy::None) {
            next();
        }
        return;
    }
    m_pipeline->resume();
}

void SyncEngine::push()
{
    m_busy = Busy::Push;
    const int limit = m_pushLimit;
    const std::string deviceId = m_hlc.nodeId();
    whenFinished(m_worker.run<PushBatch>(
                     [limit, deviceId](LocalStore& store) { return PushRound::take(store, limit, deviceId); }),
                 this, [this](PushBatch batch) {
                     if (batch.error) {
                         m_busy = Busy::None;
                         failed({Kind::BadResponse, 0, {}, QStringLiteral("store: ") + batch.error->message});
                         return;
                     }
                     if (batch.entries.empty()) {
                         m_busy = Busy::None;
                         m_pushWanted = false;
                         refreshCounts();
                         next();
                         return;
                     }
                     sendBatch(std::make_shared<PushBatch>(std::move(batch)));
                 });
}

void SyncEngine::sendBatch(std::shared_ptr<PushBatch> batch)
{
    emit pushStarting(static_cast<int>(batch->entries.size()));
    whenFinished(m_transport.push(batch->request), this, [this, batch](const ApiResult<sync::PushResponse>& result) {
        if (!result.ok()) {
            if (refusesContent(result.error())) {
                pushRefused(batch, result.error());
                return;
            }
            const QString message = result.error().message;
            const bool mayHaveArrived = result.error().mayHaveArrived;
            m_worker.run<bool>([batch, message, mayHaveArrived](LocalStore& store) {
                PushRound::recordFailure(store, *batch, message, mayHaveArrived);
                return true;
            });
            failed(result.error());
            return;
        }
        (void)m_hlc.receive(result.value().serverHlc);
        const auto response = std::make_shared<sync::PushResponse>(result.value());
        whenFinished(
            m_worker.run<std::pair<PushOutcome, SyncCounts>>([batch, response](LocalStore& store) {
                PushOutcome outcome = PushRound::acknowledge(store, *batch, *response);
                return std::pair {outcome, SyncCounts::read(store)};
            }),
            this, [this](const std::pair<PushOutcome, SyncCounts>& applied) {
                m_busy = Busy::None;
                const PushOutcome& outcome = applied.first;
                if (outcome.error) {
                    failed({Kind::BadResponse, 0, {}, QStringLiteral("store: ") + outcome.error->message});
                    return;
                }
                applyCounts(applied.second);
                emit pushFinished(outcome.acknowledged, outcome.rejected);
                if (outcome.acknowledged + outcome.rejected == 0) {
                    // The server answered none of them: wait before asking again rather than spin.
                    failed({Kind::BadResponse, 200, {}, QStringLiteral("the server answered none of the changes")});
                    return;
                }
                succeeded();
                m_needPull = true; // fetch what the server made of them (numbers, merges, conflict notes)
                m_idleAnnounced = false;
                m_pushWanted = applied.second.pending > 0;
                next();
            });
    });
}

void SyncEngine::pushRefused(std::shared_ptr<PushBatch> batch, const SyncApiError& error)
{
    if (batch->entries.size() > 1) {
        // One bad mutation spoils the batch: halve until it is alone, then keep it aside as rejected.
        m_pushLimit = std::max(1, static_cast<int>(batch->entries.size()) / 2);
        m_busy = Busy::None;
        next();
        return;
    }
    const QString reason = error.message;
    whenFinished(m_worker.run<SyncCounts>([batch, reason](LocalStore& store) {
        (void)PushRound::rejectAll(store, *batch, reason);
        return SyncCounts::read(store);
    }),
                 this, [this](const SyncCounts& counts) {
                     m_busy = Busy::None;
                     m_pushLimit = m_settings.pushBatch;
                     applyCounts(counts);
                     emit pushFinished(0, 1);
                     next();
                 });
}

void SyncEngine::failed(const SyncApiError& error)
{
    m_busy = Busy::None;
    if (!m_running) {
        return;
    }
    SyncStatus status = m_status;
    switch (error.kind) {
    case Kind::Cancelled:
        next();
        return;
    case Kind::Unauthorized:
        m_running = false;
        status.state = SyncStatus::State::SignInRequired;
        status.lastError = error.message;
        updateStatus(status);
        emit signInRequired();
        return;
    case Kind::AccountDisabled:
        m_running = false;
        status.state = SyncStatus::State::AccountDisabled;
        status.lastError = error.message;
        updateStatus(status);
        emit accountDisabled();
        return;
    case Kind::Incompatible:
        // Retrying cannot help until the console or the server is updated; the outbox keeps every change meanwhile.
        m_running = false;
        status.state = SyncStatus::State::Incompatible;
        status.lastError = error.message;
        updateStatus(status);
        return;
    default:
        break;
    }
    qCInfo(lcSync) << "sync failed, retrying later:" << error.message;
    if (status.state != SyncStatus::State::Offline) {
        status.offlineSinceMs = m_clock.nowMs();
    }
    status.state = SyncStatus::State::Offline;
    status.lastError = error.message;
    // The server's Retry-After, when it sent one, says better than our own schedule when it can take us again.
    std::chrono::milliseconds delay = m_backoff.nextDelay();
    if (error.retryAfter && error.retryAfter->count() > 0) {
        delay = std::min<std::chrono::milliseconds>(*error.retryAfter, m_settings.maxRetryAfter);
    }
    status.nextAttemptMs = m_clock.nowMs() + delay.count();
    updateStatus(status);
    m_needPull = true;
    m_retryTimer->start(delay);
}

void SyncEngine::succeeded()
{
    m_backoff.reset();
    SyncStatus status = m_status;
    status.state = SyncStatus::State::Online;
    status.offlineSinceMs.reset();
    status.nextAttemptMs.reset();
    status.lastSyncMs = m_clock.nowMs();
    status.lastError.clear();
    updateStatus(status);
}

void SyncEngine::refreshCounts()
{
    whenFinished(m_worker.run<SyncCounts>(&SyncCounts::read), this,
                 [this](const SyncCounts& counts) { applyCounts(counts); });
}

void SyncEngine::applyCounts(const SyncCounts& counts)
{
    SyncStatus status = m_status;
    status.pendingCount = std::max<qint64>(counts.pending, 0);
    status.rejectedCount = std::max<qint64>(counts.rejected, 0);
    status.conflictsToReview = std::max<qint64>(counts.conflicts, 0);
    updateStatus(status);
}

void SyncEngine::updateStatus(SyncStatus status)
{
    if (status == m_status) {
        return;
    }
    m_status = std::move(status);
    emit statusChanged(m_status);
}

} // namespace hss::client
