// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <vector>

#include "hss/Uuid.h"
#include "sync/SyncTransport.h"

namespace hss::bench {

/// Passes the engine's calls on to the real transport and notes, for the benchmark, how long pulls took (request
/// sent to page decoded: server, TLS and JSON together) and which tickets the latest page carried. The engine emits
/// pageApplied() once that page is committed, so the ids tell the benchmark what has just become visible.
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

    /// Tickets in the latest page that arrived (empty after a failed pull).
    const std::vector<Uuid>& lastPageTickets() const { return m_lastPageTickets; }
    /// Milliseconds spent in pulls that did not wait for news (long polls are left out).
    qint64 pullMs() const { return m_pullMs; }
    int pages() const { return m_pages; }
    qint64 changes() const { return m_changes; }

private:
    client::SyncTransport& m_inner;
    std::vector<Uuid> m_lastPageTickets;
    qint64 m_pullMs = 0;
    int m_pages = 0;
    qint64 m_changes = 0;
};

} // namespace hss::bench
