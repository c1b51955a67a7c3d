// SPDX-License-Identifier: MIT
#include "DashboardFilterBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

#include "core/dashboard/DashboardService.h"
#include "hss/Clock.h"

namespace hss::client {

namespace {

constexpr int customPeriod = 0; // item data of "Custom"; the others hold their number of days
constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;

qint64 msOf(const QDate& date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

QDate dateOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
}

} // namespace

DashboardFilterBar::DashboardFilterBar(DashboardService& service, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_clock(clock)
    , m_period(new QComboBox)
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_team(new QComboBox)
    , m_status(new QLabel)
{
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->addItem(tr("Custom"), customPeriod);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setTimeSpec(Qt::UTC);
    }
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_from->setAccessibleName(tr("From (UTC)"));
    m_to->setAccessibleName(tr("To (UTC)"));
    m_team->setObjectName(QStringLiteral("teamCombo"));
    m_team->setAccessibleName(tr("Team"));
    m_team->addItem(tr("All teams"), QString());
    m_status->setObjectName(QStringLiteral("dashboardStatus"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Period:")));
    layout->addWidget(m_period);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–")));
    layout->addWidget(m_to);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("Team:")));
    layout->addWidget(m_team);
    layout->addWidget(m_status, 1);

    showFilter(m_service.filter());
    showSnapshot(m_service.snapshot());
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::apply);
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardFilterBar::apply);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardFilterBar::apply);
    connect(m_team, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::apply);
    connect(&m_service, &DashboardService::filterChanged, this, &DashboardFilterBar::showFilter);
    connect(&m_service, &DashboardService::updated, this, &DashboardFilterBar::showSnapshot);
    connect(&m_service, &DashboardService::loadingChanged, this, &DashboardFilterBar::showLoading);
}

void DashboardFilterBar::apply()
{
    if (m_updating) {
        return;
    }
    const int days = m_period->currentData().toInt();
    const bool custom = days == customPeriod;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    DashboardFilter filter = custom ? DashboardFilter::between(msOf(m_from->date()), msOf(m_to->date()))
                                    : DashboardFilter::lastDays(m_clock.nowMs(), days);
    filter.team = m_team->currentData().toString().toStdString();
    m_service.setFilter(filter);
}

void DashboardFilterBar::showFilter(const DashboardFilter& filter)
{
    m_updating = true;
    const qint64 days = (filter.period.to - filter.period.from) / dayMs;
    const DashboardFilter preset = DashboardFilter::lastDays(m_clock.nowMs(), static_cast<int>(days));
    const int presetIndex = m_period->findData(static_cast<int>(days));
    const bool isPreset = presetIndex >= 0 && preset.period == filter.period;
    m_period->setCurrentIndex(isPreset ? presetIndex : m_period->findData(customPeriod));
    m_from->setDate(dateOf(filter.period.from));
    m_to->setDate(dateOf(filter.period.to - dayMs));
    m_from->setEnabled(!isPreset);
    m_to->setEnabled(!isPreset);
    const QString team = QString::fromStdString(filter.team);
    if (m_team->findData(team) < 0) {
        m_team->addItem(team, team);
    }
    m_team->setCurrentIndex(m_team->findData(team));
    m_updating = false;
}

void DashboardFilterBar::showSnapshot(const DashboardSnapshot& snapshot)
{
    m_updating = true;
    for (const std::string& name : snapshot.knownTeams) {
        const QString team = QString::fromStdString(name);
        if (m_team->findData(team) < 0) {
            m_team->addItem(team, team);
        }
    }
    m_updating = false;
    m_status->setText(snapshot.error.isEmpty()
                          ? tr("%n ticket(s) read", nullptr, static_cast<int>(snapshot.ticketsRead))
                          : tr("Could not read the figures: %1").arg(snapshot.error));
}

void DashboardFilterBar::showLoading(bool loading)
{
    if (loading) {
        m_status->setText(tr("Recomputing…"));
    }
}

} // namespace hss::client
