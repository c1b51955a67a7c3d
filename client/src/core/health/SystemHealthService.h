// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <functional>
#include <memory>

#include "SystemHealthSnapshot.h"

namespace hss {
class Clock;
}

namespace hss::client {

class ConsoleSession;

/// The system health dashboard's controller: for the chosen period it reads GET /api/health, the check history of
/// the period summed per bucket by the server (so 90 days cost as few requests as one day) and the incidents over
/// the session's authenticated connection, has SystemHealthCalculator aggregate them, and publishes the snapshot
/// through updated(). When a refresh fails (offline, server error, an answer of the wrong shape) the last snapshot
/// stays, with the error and the time it was taken. A user who may not read incidents (403) still gets everything
/// else, with a note. Only the newest refresh is published.
class SystemHealthService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemHealthService)

public:
    /// How many incidents (and, while the server reports itself down, newest checks) one request asks for.
    static constexpr int historyLimit = 500;

    /// Owns neither; both must outlive the service. Starts with the last 7 days; does not load yet.
    SystemHealthService(ConsoleSession& session, const Clock& clock, QObject* parent = nullptr);
    ~SystemHealthService() override;

    /// The period is the last \a days: a rolling 24 hours for 1, whole UTC days up to today otherwise (as the
    /// other dashboards' DashboardFilter::lastDays). Refreshes.
    void setPeriodDays(int days);
    int periodDays() const { return m_days; }
    /// Reads the server again for the current period.
    void refresh();
    /// Forgets the figures (on sign-out: the next user must not see the previous one's).
    void clear();

    const SystemHealthSnapshot& snapshot() const { return m_snapshot; }
    bool isLoading() const { return m_loading; }

signals:
    void updated(const hss::client::SystemHealthSnapshot& snapshot);
    void loadingChanged(bool loading);

private:
    struct Gathering;

    void gather(quint64 generation, const HealthReportData& report, bool reportMissing);
    /// Reads the history from \a fromMs to the period's end summed in buckets; from the period's start, these give
    /// the counts (and the chart, unless the checks began later: then again from the first, in finer buckets).
    void readBuckets(const std::shared_ptr<Gathering>& gathering, qint64 fromMs, const std::function<void()>& done);
    metrics::Period periodAt(qint64 nowMs) const;
    void finish(quint64 generation, const Gathering& gathering);
    void fail(quint64 generation, const QString& error);
    void setLoading(bool loading);

    ConsoleSession& m_session;
    const Clock& m_clock;
    int m_days = 7;
    SystemHealthSnapshot m_snapshot;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace hss::client
