// SPDX-License-Identifier: MIT
#include "DashboardFormat.h"

#include <QDateTime>
#include <cmath>

#include "ui/TicketLabels.h"

namespace hss::client {

namespace {

double tenths(double value)
{
    return std::round(value * 10.0) / 10.0;
}

} // namespace

QVariant DashboardFormat::minutes(const std::optional<double>& ms)
{
    return ms ? QVariant(tenths(*ms / 60000.0)) : QVariant();
}

QVariant DashboardFormat::percent(const metrics::Share& share)
{
    return share.percent ? QVariant(tenths(*share.percent)) : QVariant();
}

QString DashboardFormat::day(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
}

QString DashboardFormat::percentText(const metrics::Share& share)
{
    return share.percent ? tr("%1 %").arg(tenths(*share.percent)) : none();
}

QString DashboardFormat::durationText(const std::optional<double>& ms)
{
    return ms ? TicketLabels::duration(static_cast<qint64>(std::llround(*ms))) : none();
}

QString DashboardFormat::slaDetail(const metrics::SlaCompliance& sla)
{
    return tr("%1 of %2 met, %3 running").arg(sla.compliance.part).arg(sla.compliance.whole).arg(sla.running);
}

QString DashboardFormat::team(const std::string& name)
{
    return name.empty() ? tr("(no team)") : QString::fromStdString(name);
}

QVariant DashboardFormat::fraction(const std::optional<double>& share)
{
    return share ? QVariant(tenths(*share * 100.0)) : QVariant();
}

QVariant DashboardFormat::milliseconds(const std::optional<double>& ms)
{
    return ms ? QVariant(tenths(*ms)) : QVariant();
}

QString DashboardFormat::dateTime(std::int64_t ms)
{
    return ms == 0 ? none() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString DashboardFormat::healthState(const QString& state)
{
    if (state == QLatin1String("healthy")) {
        return tr("healthy");
    }
    if (state == QLatin1String("degraded")) {
        return tr("degraded");
    }
    if (state == QLatin1String("down")) {
        return tr("down");
    }
    return state.isEmpty() || state == QLatin1String("unknown") ? tr("unknown") : state;
}

QString DashboardFormat::none()
{
    return QStringLiteral("–");
}

} // namespace hss::client
