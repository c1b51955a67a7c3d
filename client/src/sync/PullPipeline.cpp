// SPDX-License-Identifier: MIT
#include "PullPipeline.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <algorithm>

#include "SyncStateKeys.h"
#include "SyncTransport.h"
#include "core/FutureSupport.h"
#include "core/StoreWorker.h"
#include "hss/Clock.h"
#include "storage/SyncStateRepository.h"

Q_DECLARE_LOGGING_CATEGORY(lcSync) // SyncEngine.cpp

namespace hss::client {

using Kind = SyncApiError::Kind;

PullPipeline::PullPipeline(StoreWorker& worker, SyncTransport& transport, HybridLogicalClock& hlc, const Clock& clock,
                           int pageLimit, int pagesAhead, std::function<bool()> running,
                           std::function<bool()> pushWaiting, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
    , m_transport(transport)
    , m_hlc(hlc)
    , m_clock(clock)
    , m_pageLimit(pageLimit)
    , m_pagesAhead(pagesAhead)
    , m_running(std::move(running))
    , m_pushWaiting(std::move(pushWaiting))
{
    m_transport.setNextPageHint(
        [this](const QString& requested, const QString& nextCursor) { nextPageHinted(requested, nextCursor); });
}

PullPipeline::~PullPipeline()
{
    m_transport.setNextPageHint({});
}

void PullPipeline::pull(int waitSeconds)
{
    requestPage(m_cursor, waitSeconds);
}

void PullPipeline::requestPage(const QString& cursor, int waitSeconds)
{
    const quint64 serial = ++m_pullSerial;
    m_pulls.push_back({cursor, serial, std::nullopt});
    // A watcher of its own rather than whenFinished(): the page is moved out of the future, not copied.
    auto* watcher = new QFutureWatcher<ApiResult<sync::PullPage>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, serial] {
        watcher->deleteLater();
        QFuture<ApiResult<sync::PullPage>> done = watcher->future();
        if (done.isCanceled() || done.resultCount() == 0) {
            pageArrived(serial, SyncApiError {Kind::Unreachable, 0, {}, QStringLiteral("the pull ended unanswered")});
            return;
        }
        pageArrived(serial, done.takeResult());
    });
    watcher->setFuture(m_transport.pull(cursor, m_pageLimit, waitSeconds));
}

void PullPipeline::nextPageHinted(const QString& requested, const QString& nextCursor)
{
    // The answer to the last pull asked for has arrived and says where the next page starts: ask for it now, while
    // that answer is decoded. pageArrived() checks the hint against the decoded page.
    if (m_pulls.empty() || m_pulls.back().result || m_pulls.back().cursor != requested
        || static_cast<int>(m_pulls.size()) >= m_pagesAhead || !m_running() || m_pushWaiting()) {
        return;
    }
    requestPage(nextCursor, 0);
}

void PullPipeline::pageArrived(quint64 serial, ApiResult<sync::PullPage> result)
{
    const auto slot = std::find_if(m_pulls.begin(), m_pulls.end(),
                                   [serial](const PendingPull& pull) { return pull.serial == serial; });
    if (slot == m_pulls.end()) {
        return; // dropped: that range is asked for again
    }
    // What was asked for after this page must start where it ends; otherwise (a wrong hint, a failed page) drop it.
    const auto following = std::next(slot);
    if (following != m_pulls.end()
        && (!result.ok() || !result.value().hasMore
            || following->cursor != QString::fromStdString(result.value().cursor))) {
        m_pulls.erase(following, m_pulls.end());
    }
    slot->result = std::move(result);
    storeNext();
    fetchAhead();
}

void PullPipeline::fetchAhead()
{
    // The next page starts where the last page asked for (or the one being stored) ends, if that is known.
    if (!m_running() || m_pushWaiting() || static_cast<int>(m_pulls.size()) >= m_pagesAhead) {
        return;
    }
    if (m_pulls.empty()) {
        if (m_storingNext) {
            requestPage(*m_storingNext, 0);
        }
        return;
    }
    const PendingPull& last = m_pulls.back();
    if (last.result && last.result->ok() && last.result->value().hasMore) {
        requestPage(QString::fromStdString(last.result->value().cursor), 0);
    }
}

void PullPipeline::resume()
{
    storeNext(); // or, if that page is still on its way, pageArrived() stores it
    fetchAhead();
}

void PullPipeline::storeNext()
{
    if (m_storing || m_pulls.empty() || !m_pulls.front().result) {
        return;
    }
    PendingPull front = std::move(m_pulls.front());
    m_pulls.pop_front();
    if (!front.result->ok()) {
        drop();
        emit failed(front.result->error());
        return;
    }
    if (!m_running() || front.cursor != m_cursor) {
        // Stopped, or not following the stored cursor (after a stale page): asked for again from the stored cursor.
        drop();
        emit restartNeeded();
        return;
    }
    storePage(front.cursor, std::make_shared<const sync::PullPage>(std::move(*front.result).takeValue()));
}

void PullPipeline::storePage(const QString& cursor, std::shared_ptr<const sync::PullPage> page)
{
    m_storing = true;
    m_storingNext = page->hasMore ? std::optional(QString::fromStdString(page->cursor)) : std::nullopt;
    HybridLogicalClock* hlc = &m_hlc;
    const qint64 now = m_clock.nowMs();
    whenFinished(m_worker.run<std::pair<PullOutcome, SyncCounts>>([hlc, cursor, page, now](LocalStore& store) {
        PullOutcome outcome = PullApplier(*hlc).apply(store, cursor, *page);
        if (!outcome.error && !outcome.stale) {
            (void)SyncStateRepository(store.database()).setValue(syncstate::lastSyncMs, QString::number(now));
        }
        return std::pair {outcome, SyncCounts::read(store)};
    }),
                 this, [this, page](const std::pair<PullOutcome, SyncCounts>& applied) {
                     m_storing = false;
                     m_storingNext.reset();
                     const PullOutcome& outcome = applied.first;
                     if (outcome.error) {
                         drop();
                         emit failed({Kind::BadResponse, 0, {}, QStringLiteral("store: ") + outcome.error->message});
                         return;
                     }
                     for (const QString& skipped : outcome.skipped) {
                         qCWarning(lcSync) << "skipped a pulled row:" << skipped;
                     }
                     m_cursor = outcome.cursor;
                     emit pageStored(outcome, applied.second, *page);
                 });
    // While the store thread writes this page, fetch the next ones: the first starts at the cursor this page carries.
    fetchAhead();
}

} // namespace hss::client
