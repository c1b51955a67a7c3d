// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <optional>

#include "hss/metrics/Period.h"
#include "hss/metrics/Share.h"
#include "hss/metrics/SlaKpis.h"

namespace hss::client {

/// How the dashboards' models and cards show KPI values. Chart columns carry plain numbers (the model mappers read
/// them as reals, and CSV exports them as such); an empty QVariant means "no value".
class DashboardFormat final
{
    Q_DECLARE_TR_FUNCTIONS(DashboardFormat)

public:
    DashboardFormat() = delete;

    /// Milliseconds as minutes, rounded to 0.1; empty for no value.
    static QVariant minutes(const std::optional<double>& ms);
    /// A share's percentage rounded to 0.1; empty for no value.
    static QVariant percent(const metrics::Share& share);
    /// The UTC date a bucket starts on, "2026-11-02".
    static QString day(std::int64_t ms);
    /// "87.5 %" or "–".
    static QString percentText(const metrics::Share& share);
    /// "42 min", "3 h 05 min" or "–".
    static QString durationText(const std::optional<double>& ms);
    /// "35 of 40 met, 3 running".
    static QString slaDetail(const metrics::SlaCompliance& sla);
    /// The label of the empty team (unrouted tickets, feedback about no ticket).
    static QString team(const std::string& name);
    /// A fraction 0..1 as a percentage rounded to 0.1; empty for no value.
    static QVariant fraction(const std::optional<double>& share);
    /// Milliseconds rounded to 0.1; empty for no value.
    static QVariant milliseconds(const std::optional<double>& ms);
    /// A UTC instant as "2026-11-02 14:05"; "–" for 0.
    static QString dateTime(std::int64_t ms);
    /// A health state of the server ("healthy", "degraded", "down", "unknown") in the user's language.
    static QString healthState(const QString& state);
    /// "–", the dashboards' "no value".
    static QString none();
};

} // namespace hss::client
