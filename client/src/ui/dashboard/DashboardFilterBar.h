// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include "core/dashboard/DashboardSnapshot.h"

class QComboBox;
class QDateEdit;
class QLabel;

namespace hss {
class Clock;
}

namespace hss::client {

class DashboardService;

/// The period (last 7, 30 or 90 days, or custom dates) and team filter of the dashboards. Every bar edits the
/// service's one filter, so the support and medical dashboards always show the same period and team.
class DashboardFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardFilterBar)

public:
    /// Owns neither; both must outlive the bar.
    DashboardFilterBar(DashboardService& service, const Clock& clock, QWidget* parent = nullptr);

private:
    void apply();
    void showFilter(const DashboardFilter& filter);
    void showSnapshot(const DashboardSnapshot& snapshot);
    void showLoading(bool loading);

    DashboardService& m_service;
    const Clock& m_clock;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_team;
    QLabel* m_status;
    bool m_updating = false;
};

} // namespace hss::client
