// SPDX-License-Identifier: MIT
#include "RecordingTransport.h"

#include <QFutureWatcher>

namespace hss::bench {

using namespace hss::client;

RecordingTransport::RecordingTransport(SyncTransport& inner, QObject* parent)
    : QObject(parent)
    , m_inner(inner)
{ }

QFuture<ApiResult<sync::PullPage>> RecordingTransport::pull(const QString& cursor, int limit, int waitSeconds)
{
    QElapsedTimer timer;
    timer.start();
    QFuture<ApiResult<sync::PullPage>> future = m_inner.pull(cursor, limit, waitSeconds);
    // A watcher of our own reads the page in place (no copy of the page) before the engine's watcher, which is
    // attached after this one, sees it.
    auto* watcher = new QFutureWatcher<ApiResult<sync::PullPage>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, timer, waitSeconds] {
        watcher->deleteLater();
        if (waitSeconds == 0) {
            m_pullMs += timer.elapsed();
        }
        m_lastPageTickets.clear();
        const QFuture<ApiResult<sync::PullPage>> done = watcher->future();
        if (done.isCanceled() || done.resultCount() == 0 || !done.constBegin()->ok()) {
            return;
        }
        const sync::PullPage& page = done.constBegin()->value();
        ++m_pages;
        m_changes += static_cast<qint64>(page.changes.size());
        for (const sync::Change& change : page.changes) {
            if (change.entity == sync::SyncEntity::Ticket && !change.deleted) {
                m_lastPageTickets.push_back(change.id);
            }
        }
    });
    watcher->setFuture(future);
    return future;
}

QFuture<ApiResult<sync::PushResponse>> RecordingTransport::push(const sync::PushRequest& request)
{
    return m_inner.push(request);
}

} // namespace hss::bench
