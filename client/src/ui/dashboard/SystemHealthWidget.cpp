// SPDX-License-Identifier: MIT
#include "SystemHealthWidget.h"

#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

#include "ChartFactory.h"
#include "DashboardFormat.h"
#include "DashboardPanel.h"
#include "core/ConsoleSession.h"
#include "core/ServerConnection.h"
#include "core/health/SystemHealthService.h"
#include "ui/models/HealthAlertTableModel.h"
#include "ui/models/HealthIncidentTableModel.h"
#include "ui/models/ResponseTimeTableModel.h"
#include "ui/models/ServiceStatusTableModel.h"

namespace hss::client {

namespace {

/// \a content, or in its place \a note when there is nothing to show (so no panel is an unexplained blank).
QStackedWidget* withNote(QWidget* content, QLabel* note, const QString& name)
{
    note->setObjectName(name);
    note->setAlignment(Qt::AlignCenter);
    note->setWordWrap(true);
    note->setAutoFillBackground(true);
    auto* stack = new QStackedWidget;
    stack->addWidget(content);
    stack->addWidget(note);
    return stack;
}

void showNote(QStackedWidget* stack, QLabel* note, const QString& text)
{
    note->setText(text);
    stack->setCurrentIndex(text.isEmpty() ? 0 : 1);
}

/// Makes \a box (a table or its note) as tall as \a view's header and rows, 3 to 8 rows: a short list leaves no
/// blank area, a long one scrolls.
void fitRows(QWidget* box, const QTableView* view, int rows)
{
    constexpr int fewest = 3;
    constexpr int most = 8;
    const int header = view->horizontalHeader()->isHidden() ? 0 : view->horizontalHeader()->sizeHint().height();
    box->setFixedHeight(header + std::clamp(rows, fewest, most) * view->verticalHeader()->defaultSectionSize()
                        + 2 * view->frameWidth());
}

QTableView* compactTable(QAbstractItemModel& model, const QString& name, int minimumHeight)
{
    QTableView* view = ChartFactory::table(model, name);
    view->setMinimumHeight(minimumHeight);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    return view;
}

} // namespace

SystemHealthWidget::SystemHealthWidget(ServerConnection& connection, ConsoleSession& session, const Clock& clock,
                                       QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(new SystemHealthService(session, clock, this))
    , m_services(new ServiceStatusTableModel(this))
    , m_responseTimes(new ResponseTimeTableModel(this))
    , m_alerts(new HealthAlertTableModel(this))
    , m_incidents(new HealthIncidentTableModel(this))
    , m_period(new QComboBox)
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("systemHealthPage"));
    m_period->setObjectName(QStringLiteral("healthPeriodCombo"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Last 24 hours"), 1);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->setCurrentIndex(m_period->findData(m_service->periodDays()));
    auto* refresh = new QPushButton(tr("Refresh"));
    refresh->setObjectName(QStringLiteral("healthRefreshButton"));
    m_status->setObjectName(QStringLiteral("healthStatus"));
    m_status->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Period:")));
    bar->addWidget(m_period);
    bar->addWidget(refresh);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);

    m_servicesNote = new QLabel;
    m_servicesView = compactTable(*m_services, QStringLiteral("serviceStatusView"), 0);
    m_servicesStack = withNote(m_servicesView, m_servicesNote, QStringLiteral("serviceStatusNote"));
    m_chartNote = new QLabel;
    QChartView* chart = ChartFactory::columnLineChart(*m_responseTimes, ResponseTimeTableModel::BucketStart,
                                                      ResponseTimeTableModel::FirstService, tr("Milliseconds"));
    chart->setObjectName(QStringLiteral("responseTimeChart"));
    m_chartStack = withNote(chart, m_chartNote, QStringLiteral("responseTimeNote"));
    QTableView* alerts = compactTable(*m_alerts, QStringLiteral("healthAlertView"), 140);
    alerts->horizontalHeader()->hide();
    m_incidentsNote = new QLabel;
    QTableView* incidents = compactTable(*m_incidents, QStringLiteral("healthIncidentView"), 120);
    incidents->hideColumn(HealthIncidentTableModel::DurationMinutes); // in the CSV; the table shows "3 h 05 min"
    m_incidentsStack = withNote(incidents, m_incidentsNote, QStringLiteral("healthIncidentNote"));

    auto* grid = new QWidget;
    auto* gridLayout = new QGridLayout(grid);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addWidget(
        new DashboardPanel(QStringLiteral("serviceStatus"), tr("Service status"), m_servicesStack, *m_services), 0, 0,
        1, 2);
    gridLayout->addWidget(
        new DashboardPanel(QStringLiteral("responseTimes"), tr("Response times"), m_chartStack, *m_responseTimes), 1,
        0);
    gridLayout->addWidget(new DashboardPanel(QStringLiteral("healthAlerts"), tr("Alert summary"), alerts, *m_alerts), 1,
                          1);
    gridLayout->addWidget(
        new DashboardPanel(QStringLiteral("healthIncidents"), tr("Incident history"), m_incidentsStack, *m_incidents),
        2, 0, 1, 2);
    gridLayout->setColumnStretch(0, 3);
    gridLayout->setColumnStretch(1, 2);
    gridLayout->setRowStretch(0, 0);
    gridLayout->setRowStretch(1, 3);
    gridLayout->setRowStretch(2, 2);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(grid);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this,
            [this] { m_service->setPeriodDays(m_period->currentData().toInt()); });
    connect(refresh, &QPushButton::clicked, m_service, &SystemHealthService::refresh);
    connect(m_service, &SystemHealthService::updated, this, &SystemHealthWidget::showSnapshot);
    connect(m_service, &SystemHealthService::loadingChanged, this, &SystemHealthWidget::showLoading);
    connect(&m_session, &ConsoleSession::stateChanged, this, [this](ConsoleSession::State state) {
        if (state == ConsoleSession::State::Online) {
            m_service->refresh();
        } else if (state == ConsoleSession::State::SignedOut) {
            m_service->clear();
        }
    });
    // The connection's periodic check is the page's clock: no second timer polling the server.
    connect(&connection, &ServerConnection::healthUpdated, this, [this] {
        if (isVisible() && !m_service->isLoading()) {
            m_service->refresh();
        }
    });
    showSnapshot(m_service->snapshot());
}

DashboardPanel* SystemHealthWidget::panel(const QString& name) const
{
    return findChild<DashboardPanel*>(name);
}

void SystemHealthWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_session.state() == ConsoleSession::State::Online && !m_service->isLoading()) {
        m_service->refresh();
    }
}

void SystemHealthWidget::showSnapshot(const SystemHealthSnapshot& snapshot)
{
    m_services->setSnapshot(snapshot);
    fitRows(m_servicesStack, m_servicesView, m_services->rowCount());
    m_responseTimes->setSnapshot(snapshot);
    m_alerts->setSnapshot(snapshot);
    m_incidents->setSnapshot(snapshot);
    const bool answered = snapshot.takenAtMs > 0;
    showNote(m_servicesStack, m_servicesNote,
             answered ? QString()
                      : tr("No health report yet. The figures appear once the console is signed in and online."));
    showNote(m_chartStack, m_chartNote,
             !answered || !snapshot.responseTimes.empty() ? QString() : tr("No timed checks in this period."));
    if (!answered) {
        m_chartNote->setText(tr("No response times yet."));
        m_chartStack->setCurrentIndex(1);
    }
    QString incidentsText;
    if (!snapshot.incidentsAvailable && answered) {
        incidentsText = snapshot.incidentsNote;
    } else if (snapshot.incidents.empty()) {
        incidentsText = answered ? tr("No incidents in this period.") : tr("No incident history yet.");
    }
    showNote(m_incidentsStack, m_incidentsNote, incidentsText);
    m_status->setText(statusText(snapshot));
}

void SystemHealthWidget::showLoading(bool loading)
{
    if (loading) {
        m_status->setText(tr("Reading the server's health…"));
    }
}

QString SystemHealthWidget::statusText(const SystemHealthSnapshot& snapshot) const
{
    if (snapshot.takenAtMs == 0) {
        return snapshot.error.isEmpty() ? tr("Not read yet.")
                                        : tr("Could not read the system health: %1").arg(snapshot.error);
    }
    const QString taken = DashboardFormat::dateTime(snapshot.takenAtMs);
    if (!snapshot.error.isEmpty()) {
        return tr("Could not refresh (%1). Showing the figures taken at %2 UTC.").arg(snapshot.error, taken);
    }
    QString text = tr("Taken at %1 UTC, %n check(s) in the period.", nullptr, snapshot.checksInPeriod).arg(taken);
    if (!snapshot.notice.isEmpty()) {
        text += QLatin1Char(' ') + snapshot.notice;
    }
    if (snapshot.historyFromMs > snapshot.period.from) {
        text += QLatin1Char(' ')
            + tr("The server returned the checks since %1 UTC.").arg(DashboardFormat::dateTime(snapshot.historyFromMs));
    }
    return text;
}

} // namespace hss::client
