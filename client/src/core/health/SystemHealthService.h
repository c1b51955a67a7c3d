// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <memory>

#include "SystemHealthSnapshot.h"

namespace hss {
class Clock;
}

namespace hss::client {

class ConsoleSession;

/// The system health dashboard's controller: for the chosen period it reads GET /api/health, the check history of
/// each service and the incidents over the session's authenticated connection, has SystemHealthCalculator
/// aggregate them, and publishes the snapshot through updated(). When a refresh fails (offline, server error, an
/// answer of the wrong shape) the last snapshot stays, with the error and the time it was taken. A user who may not
/// read incidents (403) still gets everything else, with a note. Only the newest refresh is published.
class SystemHealthService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemHealthService)

public:
    /// How many checks one history request asks for (the server's maximum).
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
