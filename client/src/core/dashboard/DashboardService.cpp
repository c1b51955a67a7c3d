// SPDX-License-Identifier: MIT
#include "DashboardService.h"

#include "DashboardCalculator.h"
#include "core/FutureSupport.h"
#include "core/StoreWorker.h"
#include "hss/Clock.h"

namespace hss::client {

namespace {

constexpr int defaultDays = 30;

} // namespace

DashboardService::DashboardService(StoreWorker& worker, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
    , m_clock(clock)
    , m_filter(DashboardFilter::lastDays(clock.nowMs(), defaultDays))
{ }

void DashboardService::setFilter(const DashboardFilter& filter)
{
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    emit filterChanged(m_filter);
    reload();
}

QFuture<DashboardSnapshot> DashboardService::reload()
{
    const DashboardFilter filter = m_filter;
    const std::int64_t now = m_clock.nowMs();
    const quint64 generation = ++m_generation;
    if (m_pending++ == 0) {
        emit loadingChanged(true);
    }
    auto computed = m_worker.run<DashboardSnapshot>(
        [filter, now](LocalStore& store) { return DashboardCalculator::load(store, filter, now); });
    return thenOn(computed, this, [this, generation](DashboardSnapshot snapshot) {
        if (generation == m_generation) {
            m_snapshot = snapshot;
            emit updated(m_snapshot);
        }
        if (--m_pending == 0) {
            emit loadingChanged(false);
        }
        return snapshot;
    });
}

void DashboardService::storeChanged()
{
    m_reloadAfterChanges.request();
}

} // namespace hss::client
