// SPDX-License-Identifier: MIT
#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QImage>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>
#include <QValueAxis>
#include <QtTest>
#include <cmath>
#include <limits>

#include "DashboardTestSupport.h"
#include "core/dashboard/DashboardService.h"
#include "ui/MessageBox.h"
#include "ui/dashboard/DashboardPanel.h"
#include "ui/dashboard/ExportFileDialog.h"
#include "ui/dashboard/MedicalDashboardWidget.h"
#include "ui/dashboard/SupportDashboardWidget.h"

using namespace hss;
using namespace hss::client;
using hss::test::await;
using hss::test::utc;

namespace {

QList<qreal> barValues(DashboardPanel* panel, int set = 0)
{
    auto* view = qobject_cast<QChartView*>(panel->content());
    auto* series = view ? qobject_cast<QBarSeries*>(view->chart()->series().value(0)) : nullptr;
    QList<qreal> values;
    if (series && set < series->count()) {
        QBarSet* bars = series->barSets().at(set);
        for (int i = 0; i < bars->count(); ++i) {
            values << bars->at(i);
        }
    }
    return values;
}

QList<QPointF> linePoints(DashboardPanel* panel, int line = 0)
{
    auto* view = qobject_cast<QChartView*>(panel->content());
    auto* series = view ? qobject_cast<QLineSeries*>(view->chart()->series().value(line)) : nullptr;
    return series ? series->points() : QList<QPointF>();
}

/// The y of the point at \a day (UTC midnight); NaN when the line has no point there (a bucket without data).
qreal yAt(const QList<QPointF>& points, const char* day)
{
    for (const QPointF& point : points) {
        if (point.x() == static_cast<qreal>(utc(day))) {
            return point.y();
        }
    }
    return std::numeric_limits<qreal>::quiet_NaN();
}

QList<std::pair<QString, qreal>> slices(DashboardPanel* panel)
{
    auto* view = qobject_cast<QChartView*>(panel->content());
    auto* series = view ? qobject_cast<QPieSeries*>(view->chart()->series().value(0)) : nullptr;
    QList<std::pair<QString, qreal>> result;
    if (series) {
        for (QPieSlice* slice : series->slices()) {
            result.append({slice->label(), slice->value()});
        }
    }
    return result;
}

} // namespace

/// Both dashboard pages rendered offscreen over a real encrypted store with a hand-computed week: the charts'
/// series hold the known answers, the filters change them, and every panel exports a PNG and exact CSV.
class TestDashboardPages final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void modelsPassTheTester();
    void supportChartsShowTheFigures();
    void medicalPageShowsTheFigures();
    void teamFilterChangesBothPages();
    void periodFilterChangesTheTrends();
    void pngExportWritesAnImage();
    void csvExportIsExact();
    void cancelledOrFailedExportWritesNothing();
    void nothingIsCutOffOnASmallScreen();

private:
    void waitForUpdate();

    std::unique_ptr<test::DashboardFixture> m_store;
    std::unique_ptr<DashboardService> m_service;
    std::unique_ptr<SupportDashboardWidget> m_support;
    std::unique_ptr<MedicalDashboardWidget> m_medical;
    QTemporaryDir m_out;
};

void TestDashboardPages::init()
{
    m_store = std::make_unique<test::DashboardFixture>();
    QVERIFY(m_store->unlocked);
    m_service = std::make_unique<DashboardService>(*m_store->session.worker(), m_store->clock);
    m_support = std::make_unique<SupportDashboardWidget>(*m_service, m_store->clock);
    m_medical = std::make_unique<MedicalDashboardWidget>(*m_service, m_store->clock);
    m_support->resize(1366, 900);
    m_medical->resize(1366, 900);
    m_support->show();
    auto* period = m_support->findChild<QComboBox*>(QStringLiteral("periodCombo"));
    QSignalSpy updated(m_service.get(), &DashboardService::updated);
    period->setCurrentIndex(period->findText(QStringLiteral("Last 7 days")));
    QVERIFY(updated.wait(10000));
    QCOMPARE(m_service->filter().period.from, utc("2025-11-20T00:00:00Z"));
}

void TestDashboardPages::cleanup()
{
    m_support.reset();
    m_medical.reset();
    m_service.reset();
    m_store.reset();
}

void TestDashboardPages::waitForUpdate()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_service->isLoading(), 10000);
}

void TestDashboardPages::modelsPassTheTester()
{
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QWidget* page : {static_cast<QWidget*>(m_support.get()), static_cast<QWidget*>(m_medical.get())}) {
        for (DashboardPanel* panel : page->findChildren<DashboardPanel*>()) {
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                &panel->data(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        }
    }
    QCOMPARE(testers.size(), std::size_t(14));
    // Resets and changed rows while the testers watch: another team, then everything again.
    auto* team = m_support->findChild<QComboBox*>(QStringLiteral("teamCombo"));
    team->setCurrentIndex(team->findText(QStringLiteral("clinical")));
    waitForUpdate();
    team->setCurrentIndex(0);
    waitForUpdate();
}

void TestDashboardPages::supportChartsShowTheFigures()
{
    // New, Open, In progress, Waiting on customer, Escalated, Resolved, Closed.
    QCOMPARE(barValues(m_support->panel(QStringLiteral("ticketsByStatus"))), (QList<qreal> {1, 1, 1, 0, 0, 2, 0}));
    // Emergency, Critical, High, Medium, Low.
    QCOMPARE(barValues(m_support->panel(QStringLiteral("ticketsByPriority"))), (QList<qreal> {2, 0, 1, 1, 1}));

    // Seven days; the days without a first response (the 20th, 23rd and 26th) are no points rather than zeros.
    DashboardPanel* firstResponseTrend = m_support->panel(QStringLiteral("firstResponseTrend"));
    QCOMPARE(firstResponseTrend->data().rowCount(), 7);
    const QList<QPointF> firstResponse = linePoints(firstResponseTrend);
    QCOMPARE(firstResponse.size(), 4);
    QCOMPARE(firstResponse[0], QPointF(utc("2025-11-21T00:00:00Z"), 30));
    QCOMPARE(yAt(firstResponse, "2025-11-22T00:00:00Z"), 60.0);
    QCOMPARE(yAt(firstResponse, "2025-11-24T00:00:00Z"), 10.0);
    QCOMPARE(yAt(firstResponse, "2025-11-25T00:00:00Z"), 40.0);
    QVERIFY(std::isnan(yAt(firstResponse, "2025-11-23T00:00:00Z")));
    const QList<QPointF> resolution = linePoints(m_support->panel(QStringLiteral("resolutionTrend")));
    QCOMPARE(yAt(resolution, "2025-11-21T00:00:00Z"), 120.0);
    QCOMPARE(yAt(resolution, "2025-11-25T00:00:00Z"), 180.0);
    const QList<QPointF> csat = linePoints(m_support->panel(QStringLiteral("csatTrend")));
    // A percentage axis ends at 100 %, not at a "nice" 150.
    auto* csatView = qobject_cast<QChartView*>(m_support->panel(QStringLiteral("csatTrend"))->content());
    QVERIFY(csatView);
    auto* csatAxis = qobject_cast<QValueAxis*>(csatView->chart()->axes(Qt::Vertical).value(0));
    QVERIFY(csatAxis);
    QCOMPARE(csatAxis->max(), 100.0);
    QCOMPARE(yAt(csat, "2025-11-21T00:00:00Z"), 100.0);
    QCOMPARE(yAt(csat, "2025-11-22T00:00:00Z"), 100.0);
    QCOMPARE(yAt(csat, "2025-11-25T00:00:00Z"), 0.0); // a real 0 %: one answer, not satisfied

    QCOMPARE(slices(m_support->panel(QStringLiteral("slaCompliance"))),
             (QList<std::pair<QString, qreal>> {
                 {QStringLiteral("Met"), 4}, {QStringLiteral("Breached"), 1}, {QStringLiteral("Running"), 0}}));
    DashboardPanel* teams = m_support->panel(QStringLiteral("teamPerformance"));
    QCOMPARE(barValues(teams, 0), (QList<qreal> {50, 100})); // SLA: clinical, tier1
    QCOMPARE(barValues(teams, 1), (QList<qreal> {0, 100})); // CSAT

    auto* cards = m_support->findChild<QTableView*>(QStringLiteral("supportKpiView"))->model();
    QCOMPARE(cards->index(0, 1).data().toString(), QStringLiteral("5"));
    QCOMPARE(cards->index(1, 1).data().toString(), QStringLiteral("35 min"));
    QCOMPARE(cards->index(3, 1).data().toString(), QStringLiteral("66.7 %"));
    QCOMPARE(cards->index(4, 1).data().toString(), QStringLiteral("80 %"));
}

void TestDashboardPages::medicalPageShowsTheFigures()
{
    auto* emergencies = m_medical->findChild<QTableView*>(QStringLiteral("emergencyView"))->model();
    QCOMPARE(emergencies->rowCount(), 2);
    QCOMPARE(emergencies->index(0, 0).data().toLongLong(), 103);
    QCOMPARE(emergencies->index(1, 1).data().toString(), QStringLiteral("T7 Triage model unreachable"));
    QCOMPARE(slices(m_medical->panel(QStringLiteral("patientSafety"))),
             (QList<std::pair<QString, qreal>> {
                 {QStringLiteral("Correct"), 1}, {QStringLiteral("Incorrect"), 0}, {QStringLiteral("Near miss"), 1}}));
    QCOMPARE(slices(m_medical->panel(QStringLiteral("medicalSlaCompliance"))).value(0).second, 1.0);
    auto* cards = m_medical->findChild<QTableView*>(QStringLiteral("medicalKpiView"))->model();
    QCOMPARE(cards->index(0, 1).data().toString(), QStringLiteral("2"));
    QCOMPARE(cards->index(1, 1).data().toString(), QStringLiteral("25 min"));
    QCOMPARE(cards->index(2, 1).data().toString(), QStringLiteral("50 %"));
    QCOMPARE(cards->index(4, 1).data().toString(), QStringLiteral("50 %"));
    QCOMPARE(cards->index(5, 1).data().toString(), QStringLiteral("–")); // no usage figures
    // An empty chart says why instead of drawing a bare axis; a panel with rows shows them.
    QVERIFY(m_medical->panel(QStringLiteral("clinicalAdoption"))->showsEmptyText());
    QVERIFY(!m_medical->panel(QStringLiteral("openEmergencies"))->showsEmptyText());
}

void TestDashboardPages::teamFilterChangesBothPages()
{
    auto* team = m_support->findChild<QComboBox*>(QStringLiteral("teamCombo"));
    QVERIFY(team->findText(QStringLiteral("clinical")) > 0);
    team->setCurrentIndex(team->findText(QStringLiteral("tier1")));
    waitForUpdate();
    QCOMPARE(barValues(m_support->panel(QStringLiteral("ticketsByStatus"))), (QList<qreal> {1, 1, 0, 0, 0, 1, 0}));
    QCOMPARE(barValues(m_support->panel(QStringLiteral("teamPerformance"))), (QList<qreal> {100}));
    QCOMPARE(m_medical->findChild<QTableView*>(QStringLiteral("emergencyView"))->model()->rowCount(), 0);
    QVERIFY(m_medical->panel(QStringLiteral("openEmergencies"))->showsEmptyText());
    QCOMPARE(m_medical->findChild<QComboBox*>(QStringLiteral("teamCombo"))->currentText(), QStringLiteral("tier1"));
}

void TestDashboardPages::periodFilterChangesTheTrends()
{
    auto* period = m_medical->findChild<QComboBox*>(QStringLiteral("periodCombo"));
    period->setCurrentIndex(period->findText(QStringLiteral("Last 90 days")));
    waitForUpdate();
    // 2025-08-29 (a Friday) to 2025-11-27: a partial first week and 13 Mondays, points only where there is data.
    QCOMPARE(m_support->panel(QStringLiteral("firstResponseTrend"))->data().rowCount(), 14);
    QCOMPARE(linePoints(m_support->panel(QStringLiteral("firstResponseTrend"))).size(), 3);
    QCOMPARE(barValues(m_support->panel(QStringLiteral("ticketsByStatus"))), (QList<qreal> {1, 2, 1, 0, 0, 2, 1}));

    period->setCurrentIndex(period->findText(QStringLiteral("Custom")));
    auto* from = m_medical->findChild<QDateEdit*>(QStringLiteral("periodFrom"));
    auto* to = m_medical->findChild<QDateEdit*>(QStringLiteral("periodTo"));
    QVERIFY(from->isEnabled());
    to->setDate(QDate(2025, 11, 25));
    from->setDate(QDate(2025, 11, 24));
    waitForUpdate();
    QCOMPARE(m_service->filter().period, (metrics::Period {utc("2025-11-24T00:00:00Z"), utc("2025-11-26T00:00:00Z")}));
    QCOMPARE(m_support->panel(QStringLiteral("firstResponseTrend"))->data().rowCount(), 2);
    QCOMPARE(linePoints(m_support->panel(QStringLiteral("firstResponseTrend"))).size(), 2);
    QCOMPARE(barValues(m_support->panel(QStringLiteral("ticketsByPriority"))), (QList<qreal> {2, 0, 0, 0, 1}));
}

void TestDashboardPages::pngExportWritesAnImage()
{
    DashboardPanel* panel = m_support->panel(QStringLiteral("ticketsByStatus"));
    const QString path = m_out.filePath(QStringLiteral("status.png"));
    ExportFileDialog::setNextAnswer(path);
    panel->findChild<QToolButton*>(QStringLiteral("savePngButton"))->click();
    QVERIFY(ExportFileDialog::lastSuggestion().endsWith(QStringLiteral("ticketsByStatus.png")));
    const QImage image(path, "PNG");
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), panel->content()->size() * panel->content()->devicePixelRatioF());
    // A chart was drawn: not one flat colour.
    QVERIFY(image.pixel(image.width() / 2, image.height() / 2) != image.pixel(1, 1)
            || image.pixel(image.width() / 3, image.height() * 2 / 3) != image.pixel(1, 1));
}

void TestDashboardPages::csvExportIsExact()
{
    const auto exported = [this](QWidget* page, const char* name) {
        const QString path = m_out.filePath(QString::fromLatin1(name) + QStringLiteral(".csv"));
        ExportFileDialog::setNextAnswer(path);
        page->findChild<DashboardPanel*>(QString::fromLatin1(name))
            ->findChild<QToolButton*>(QStringLiteral("saveCsvButton"))
            ->click();
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    QCOMPARE(exported(m_support.get(), "ticketsByStatus"),
             QStringLiteral("Status,Tickets\r\nNew,1\r\nOpen,1\r\nIn progress,1\r\nWaiting on customer,0\r\n"
                            "Escalated,0\r\nResolved,2\r\nClosed,0\r\n"));
    QCOMPARE(exported(m_support.get(), "teamPerformance"),
             QStringLiteral("Team,Created,Resolved,Median first response (min),Median resolution (min),"
                            "SLA compliance (%),CSAT (%)\r\n"
                            "clinical,2,1,25,180,50,0\r\n"
                            "tier1,3,1,45,120,100,100\r\n"));
    const QString trend = exported(m_support.get(), "firstResponseTrend");
    QCOMPARE(trend.split(QStringLiteral("\r\n")).value(0),
             QStringLiteral("Start (ms),From,Tickets,Median (min),90th percentile (min)"));
    QCOMPARE(trend.split(QStringLiteral("\r\n")).value(2),
             QStringLiteral("%1,2025-11-21,1,30,30").arg(utc("2025-11-21T00:00:00Z")));
    QCOMPARE(trend.split(QStringLiteral("\r\n")).value(4), // nobody answered on 11-23: no value, not 0
             QStringLiteral("%1,2025-11-23,0,,").arg(utc("2025-11-23T00:00:00Z")));
    QCOMPARE(exported(m_medical.get(), "patientSafety"),
             QStringLiteral("Outcome,Reports\r\nCorrect,1\r\nIncorrect,0\r\nNear miss,1\r\n"));
}

void TestDashboardPages::cancelledOrFailedExportWritesNothing()
{
    DashboardPanel* panel = m_support->panel(QStringLiteral("csatTrend"));
    const QTemporaryDir empty;
    ExportFileDialog::setNextAnswer(QString());
    panel->findChild<QToolButton*>(QStringLiteral("saveCsvButton"))->click();
    QVERIFY(QDir(empty.path()).isEmpty());
    QVERIFY(!QFile::exists(ExportFileDialog::lastSuggestion()));

    ExportFileDialog::setNextAnswer(empty.filePath(QStringLiteral("no/such/folder/csat.png")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    panel->findChild<QToolButton*>(QStringLiteral("savePngButton"))->click();
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Export failed"));
    QVERIFY(MessageBox::lastText().startsWith(QStringLiteral("CSAT: ")));
}

void TestDashboardPages::nothingIsCutOffOnASmallScreen()
{
    // The page's share of a 1366×768 screen below the menu, tabs and status bar.
    for (QWidget* page : {static_cast<QWidget*>(m_support.get()), static_cast<QWidget*>(m_medical.get())}) {
        page->resize(1366, 660);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page));
        int axes = 0;
        for (QChartView* view : page->findChildren<QChartView*>()) {
            for (QAbstractAxis* axis : view->chart()->axes(Qt::Horizontal)) {
                if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) {
                    ++axes;
                    QTRY_VERIFY2(!categories->labelsTruncated(), qPrintable(categories->categories().join(", ")));
                }
            }
        }
        QVERIFY(page == m_medical.get() || axes >= 2); // by status and by priority
        // Every cell as tall as its text wrapped at the cell's width (less the delegate's margins) needs.
        for (QTableView* table : page->findChildren<QTableView*>()) {
            const int margins = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
            const QAbstractItemModel* model = table->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QString text = model->index(row, column).data().toString();
                    const QRect cell = table->visualRect(model->index(row, column));
                    const QRect needed = table->fontMetrics().boundingRect(QRect(0, 0, cell.width() - margins, 10000),
                                                                           Qt::TextWordWrap, text);
                    QVERIFY2(needed.height() <= cell.height(), qPrintable(text));
                }
            }
        }
    }
}

QTEST_MAIN(TestDashboardPages)
#include "TestDashboardPages.moc"
