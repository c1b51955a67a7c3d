// SPDX-License-Identifier: MIT
#pragma once

#include <QFuture>
#include <QObject>

#include "DashboardSnapshot.h"
#include "core/CoalescedCall.h"

namespace hss {
class Clock;
}

namespace hss::client {

class StoreWorker;

/// The dashboards' controller: holds the filter, recomputes every figure on the store thread (reading facts and
/// aggregating both run there, never on the GUI thread) and hands the result to the models through updated().
/// Only the newest recompute is published, so a filter changed twice in a row never shows the older answer last.
class DashboardService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardService)

public:
    /// Owns neither; both must outlive the service. Starts with the last 30 days, every team; does not load yet.
    DashboardService(StoreWorker& worker, const Clock& clock, QObject* parent = nullptr);

    const DashboardFilter& filter() const { return m_filter; }
    /// Changes the filter and recomputes.
    void setFilter(const DashboardFilter& filter);
    /// Recomputes with the current filter; the future has the snapshot, also published through updated() unless a
    /// newer recompute was started meanwhile.
    QFuture<DashboardSnapshot> reload();

    const DashboardSnapshot& snapshot() const { return m_snapshot; }
    bool isLoading() const { return m_pending > 0; }

public slots:
    /// Connect to ConsoleSession::storeChanged: recomputes once after a burst of sync pages.
    void storeChanged();

signals:
    void filterChanged(const hss::client::DashboardFilter& filter);
    void updated(const hss::client::DashboardSnapshot& snapshot);
    void loadingChanged(bool loading);

private:
    StoreWorker& m_worker;
    const Clock& m_clock;
    DashboardFilter m_filter;
    DashboardSnapshot m_snapshot;
    quint64 m_generation = 0;
    int m_pending = 0;
    CoalescedCall m_reloadAfterChanges {this, [this] { reload(); }};
};

} // namespace hss::client
