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

QString DashboardFormat::none()
{
    return QStringLiteral("–");
}

} // namespace hss::client
