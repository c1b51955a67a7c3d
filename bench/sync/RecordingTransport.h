// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <string>
#include <vector>

#include "hss/Uuid.h"
#include "sync/SyncTransport.h"

namespace hss::bench {

/// Passes the engine's calls on to the real transport and notes, for the benchmark, how long pulls took (request
/// sent to page decoded: server, TLS and JSON together; with pages fetched ahead, the time at least one was on its
/// way) and which tickets the latest page carried. The engine emits pageApplied() once a page is committed; with
/// one page at a time (long polls) the ids tell the benchmark what has just become visible.
class RecordingTransport final : public QObject, public client::SyncTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingTransport)

public:
    /// Does not own inner; it must outlive this object.
    explicit RecordingTransport(client::SyncTransport& inner, QObject* parent = nullptr);

    QFuture<client::ApiResult<sync::PullPage>> pull(const QString& cursor, int limit, int waitSeconds) override;
    QFuture<client::ApiResult<sync::PushResponse>> push(const sync::PushRequest& request) override;
    void cancelPull() override { m_inner.cancelPull(); }
    void setNextPageHint(NextPageHint hint) override { m_inner.setNextPageHint(std::move(hint)); }

    /// Only tickets whose title starts with \a prefix are noted in lastPageTickets() (default: every ticket).
    void setTitlePrefix(std::string prefix) { m_titlePrefix = std::move(prefix); }
    /// Tickets in the latest page that arrived (empty after a failed pull).
    const std::vector<Uuid>& lastPageTickets() const { return m_lastPageTickets; }
    /// Milliseconds during which a pull that does not wait for news was on its way (long polls are left out).
    qint64 pullMs() const { return m_pullMs; }
    int pages() const { return m_pages; }
    qint64 changes() const { return m_changes; }

private:
    bool hasTitlePrefix(const sync::Change& change) const;

    client::SyncTransport& m_inner;
    std::vector<Uuid> m_lastPageTickets;
    std::string m_titlePrefix;
    QElapsedTimer m_pullTimer; ///< runs while m_pullsOut > 0
    int m_pullsOut = 0;
    qint64 m_pullMs = 0;
    int m_pages = 0;
    qint64 m_changes = 0;
};

} // namespace hss::bench
