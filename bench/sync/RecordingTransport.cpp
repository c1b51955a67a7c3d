// SPDX-License-Identifier: MIT
#include "RecordingTransport.h"

#include <QFutureWatcher>
#include <QPromise>
#include <memory>

namespace hss::bench {

using namespace hss::client;

bool RecordingTransport::hasTitlePrefix(const sync::Change& change) const
{
    if (m_titlePrefix.empty()) {
        return true;
    }
    const auto title = change.data.find("title");
    return title != change.data.end() && title->is_string()
        && title->get_ref<const std::string&>().starts_with(m_titlePrefix);
}

RecordingTransport::RecordingTransport(SyncTransport& inner, QObject* parent)
    : QObject(parent)
    , m_inner(inner)
{ }

QFuture<ApiResult<sync::PullPage>> RecordingTransport::pull(const QString& cursor, int limit, int waitSeconds)
{
    const bool timed = waitSeconds == 0;
    if (timed && m_pullsOut++ == 0) {
        m_pullTimer.start();
    }
    // The page is moved through (never copied) and looked at on the way.
    auto promise = std::make_shared<QPromise<ApiResult<sync::PullPage>>>();
    promise->start();
    auto* watcher = new QFutureWatcher<ApiResult<sync::PullPage>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, promise, timed] {
        watcher->deleteLater();
        if (timed && --m_pullsOut == 0) {
            m_pullMs += m_pullTimer.elapsed();
        }
        m_lastPageTickets.clear();
        QFuture<ApiResult<sync::PullPage>> done = watcher->future();
        if (done.isCanceled() || done.resultCount() == 0) {
            promise->finish();
            return;
        }
        ApiResult<sync::PullPage> result = done.takeResult();
        if (result.ok()) {
            const sync::PullPage& page = result.value();
            ++m_pages;
            m_changes += static_cast<qint64>(page.changes.size());
            for (const sync::Change& change : page.changes) {
                if (change.entity == sync::SyncEntity::Ticket && !change.deleted && hasTitlePrefix(change)) {
                    m_lastPageTickets.push_back(change.id);
                }
            }
        }
        promise->addResult(std::move(result));
        promise->finish();
    });
    watcher->setFuture(m_inner.pull(cursor, limit, waitSeconds));
    return promise->future();
}

QFuture<ApiResult<sync::PushResponse>> RecordingTransport::push(const sync::PushRequest& request)
{
    return m_inner.push(request);
}

} // namespace hss::bench
