// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

#include "ApiResult.h"
#include "PullApplier.h"
#include "SyncApiError.h"
#include "SyncCounts.h"
#include "hss/sync/PullPage.h"

namespace hss {
class Clock;
class HybridLogicalClock;
} // namespace hss

namespace hss::client {

class StoreWorker;
class SyncTransport;

/// The pull side of SyncEngine: asks the transport for pages of the change feed and has the store thread apply them,
/// keeping the stored cursor.
///
/// While the store thread writes one page of a catch-up, the next pages are already being fetched (each starts at
/// the cursor the page before carries; with a transport that gives a NextPageHint, as soon as that page's answer
/// arrives and before it is decoded), so server, decoding and storing overlap, up to pagesAhead pages. Pages are
/// still stored one at a time and in order: a page fetched ahead is only stored after the page before it, and only
/// if it starts at the cursor that page stored; otherwise it is dropped and asked for again.
///
/// Sets the transport's NextPageHint for its lifetime. The engine decides when a round starts and what follows one.
class PullPipeline final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PullPipeline)

public:
    /// Owns none of its arguments. \a running and \a pushWaiting tell whether the engine still runs and has
    /// something to push (then nothing more is fetched ahead).
    PullPipeline(StoreWorker& worker, SyncTransport& transport, HybridLogicalClock& hlc, const Clock& clock,
                 int pageLimit, int pagesAhead, std::function<bool()> running, std::function<bool()> pushWaiting,
                 QObject* parent = nullptr);
    ~PullPipeline() override;

    /// The stored cursor (empty: from the start of the feed).
    const QString& cursor() const { return m_cursor; }
    void setCursor(const QString& cursor) { m_cursor = cursor; }

    /// Asks for the page at the stored cursor; the server may hold the answer up to \a waitSeconds for news.
    void pull(int waitSeconds);
    /// Nothing asked for or waiting to be stored.
    bool isEmpty() const { return m_pulls.empty(); }
    /// Forgets every page asked for or waiting (their answers are ignored).
    void drop() { m_pulls.clear(); }
    /// The next page waiting does not start at the stored cursor.
    bool nextIsStale() const { return !m_pulls.empty() && m_pulls.front().cursor != m_cursor; }
    /// After pageStored(): stores the next page if it is there and fetches further ahead.
    void resume();

signals:
    /// A page is stored (outcome.stale: it did not follow the stored cursor and changed nothing), and the counts
    /// after it. Pages waiting are still kept: the receiver drops them or resumes.
    void pageStored(const hss::client::PullOutcome& outcome, const hss::client::SyncCounts& counts,
                    const hss::sync::PullPage& page);
    /// A pull or the storing of its page failed; nothing is waiting any more.
    void failed(const hss::client::SyncApiError& error);
    /// A page arrived that does not follow the stored cursor, or the engine stopped: nothing is waiting any more and
    /// the engine should pull again from the stored cursor.
    void restartNeeded();

private:
    /// A pull asked for and, once answered, its page (or failure) waiting to be stored.
    struct PendingPull
    {
        QString cursor; ///< asked for from here
        quint64 serial = 0;
        std::optional<ApiResult<sync::PullPage>> result;
    };

    void requestPage(const QString& cursor, int waitSeconds);
    void pageArrived(quint64 serial, ApiResult<sync::PullPage> result);
    void nextPageHinted(const QString& requested, const QString& next);
    void fetchAhead();
    void storeNext();
    void storePage(const QString& cursor, std::shared_ptr<const sync::PullPage> page);

    StoreWorker& m_worker;
    SyncTransport& m_transport;
    HybridLogicalClock& m_hlc;
    const Clock& m_clock;
    int m_pageLimit;
    int m_pagesAhead;
    std::function<bool()> m_running;
    std::function<bool()> m_pushWaiting;
    QString m_cursor; ///< the stored cursor
    /// Pulls in cursor order, each starting where the page before it ends; the front is the next page to store.
    std::deque<PendingPull> m_pulls;
    bool m_storing = false; ///< the store thread is writing a page
    std::optional<QString> m_storingNext; ///< the cursor after the page being stored, if more pages follow it
    quint64 m_pullSerial = 0; ///< answers to pulls no longer in m_pulls are ignored
};

} // namespace hss::client
