// SPDX-License-Identifier: MIT
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

#include "DashboardTestSupport.h"
#include "core/dashboard/DashboardService.h"

using namespace hss;
using namespace hss::client;
using hss::test::await;
using hss::test::minuteMs;
using hss::test::utc;

namespace {

std::optional<double> minutes(double value)
{
    return value * minuteMs;
}

} // namespace

/// The dashboards' service on a real encrypted store: every figure of both dashboards against answers worked out
/// by hand (DashboardTestSupport.h), the filters, and recomputing after sync bursts.
class TestDashboardService final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void computesEveryFigureOffTheGuiThread();
    void teamFilterChangesTheFigures();
    void periodFilterChangesTheFigures();
    void burstOfStoreChangesRecomputesOnce();
    void onlyTheNewestFilterIsPublished();
    void unreadableTicketIsAClearErrorAndLosesNothing();

private:
    DashboardSnapshot reloadWith(DashboardFilter filter);

    std::unique_ptr<test::DashboardFixture> m_store;
    std::unique_ptr<DashboardService> m_service;
};

void TestDashboardService::init()
{
    m_store = std::make_unique<test::DashboardFixture>();
    QVERIFY(m_store->unlocked);
    m_service = std::make_unique<DashboardService>(*m_store->session.worker(), m_store->clock);
}

void TestDashboardService::cleanup()
{
    m_service.reset();
    m_store.reset();
}

DashboardSnapshot TestDashboardService::reloadWith(DashboardFilter filter)
{
    m_service->setFilter(filter);
    return await(m_service->reload());
}

void TestDashboardService::computesEveryFigureOffTheGuiThread()
{
    m_service->setFilter(DashboardFilter::lastDays(m_store->clock.nowMs(), 7));
    QCOMPARE(m_service->filter().period, (metrics::Period {utc("2025-11-20T00:00:00Z"), utc("2025-11-27T00:00:00Z")}));
    QSignalSpy updated(m_service.get(), &DashboardService::updated);
    QFuture<DashboardSnapshot> computing = m_service->reload();
    // The store thread computes; the GUI thread only receives the result.
    QVERIFY(!computing.isFinished());
    const DashboardSnapshot s = await(computing);
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    QTRY_VERIFY(!updated.isEmpty());

    QCOMPARE(s.overview.total, 5);
    QCOMPARE(s.overview.count(TicketStatus::Resolved), 2);
    QCOMPARE(s.overview.count(TicketStatus::Open), 1);
    QCOMPARE(s.overview.count(TicketStatus::InProgress), 1);
    QCOMPARE(s.overview.count(TicketStatus::New), 1);
    QCOMPARE(s.overview.count(TicketStatus::Closed), 0);
    QCOMPARE(s.overview.count(Priority::Emergency), 2);
    QCOMPARE(s.overview.count(Priority::Low), 1);

    QVERIFY(s.firstResponse.medianMs == minutes(35));
    QCOMPARE(s.firstResponseTrend.size(), std::size_t(7));
    QVERIFY(s.firstResponseTrend[1].value.medianMs == minutes(30)); // 11-21: T1
    QVERIFY(s.firstResponseTrend[2].value.medianMs == minutes(60)); // 11-22: T2
    QCOMPARE(s.firstResponseTrend[3].value.count, std::size_t(0)); // 11-23: nobody answered
    QVERIFY(s.firstResponseTrend[4].value.medianMs == minutes(10)); // 11-24: T3
    QVERIFY(s.firstResponseTrend[5].value.medianMs == minutes(40)); // 11-25: T4
    QVERIFY(s.resolution.medianMs == minutes(150));
    QVERIFY(s.resolutionTrend[5].value.medianMs == minutes(180));

    QCOMPARE(s.csat.part, 2);
    QCOMPARE(s.csat.whole, 3);
    QCOMPARE(s.csatTrend[1].value.part, 1); // 11-21: F1 (5)
    QCOMPARE(s.csatTrend[5].value.whole, 1); // 11-25: F2 (2)
    QCOMPARE(s.csatTrend[5].value.part, 0);
    QCOMPARE(s.escalation.part, 0);
    QCOMPARE(s.escalation.whole, 5);
    QCOMPARE(s.sla.compliance.part, 4);
    QCOMPARE(s.sla.compliance.whole, 5);
    QCOMPARE(s.medicalSla.compliance.part, 1);
    QCOMPARE(s.medicalSla.compliance.whole, 1);

    QCOMPARE(s.teams.size(), std::size_t(2));
    const TeamRow& clinical = s.teams[0];
    QCOMPARE(clinical.performance.team, std::string("clinical"));
    QCOMPARE(clinical.performance.created, 2);
    QCOMPARE(clinical.performance.handled, 1);
    QVERIFY(clinical.firstResponse.medianMs == minutes(25));
    QCOMPARE(clinical.performance.sla.compliance.part, 1);
    QCOMPARE(clinical.performance.sla.compliance.whole, 2);
    const TeamRow& tier1 = s.teams[1];
    QCOMPARE(tier1.performance.team, std::string("tier1"));
    QCOMPARE(tier1.performance.created, 3);
    QVERIFY(tier1.firstResponse.medianMs == minutes(45));
    QCOMPARE(tier1.performance.csat.part, 2);
    QCOMPARE(tier1.performance.csat.whole, 2);

    QCOMPARE(s.openEmergencies.size(), std::size_t(2)); // T3 and the old T7
    QCOMPARE(s.openEmergencies[0].number, std::optional<std::int64_t>(103));
    QCOMPARE(s.openEmergencies[1].number, std::optional<std::int64_t>(107));
    QVERIFY(s.emergencyResponse.time.medianMs == minutes(25));
    QCOMPARE(s.emergencyResponse.withinTarget.part, 1);
    QCOMPARE(s.emergencyResponse.withinTarget.whole, 2);
    QCOMPARE(s.safety.correct, 1);
    QCOMPARE(s.safety.nearMisses, 1);
    QCOMPARE(s.safety.score.whole, 2);
    QVERIFY(!s.adoption);
    QCOMPARE(s.knownTeams, (std::vector<std::string> {"clinical", "tier1"}));
}

void TestDashboardService::teamFilterChangesTheFigures()
{
    DashboardFilter filter = DashboardFilter::lastDays(m_store->clock.nowMs(), 7);
    filter.team = "clinical";
    DashboardSnapshot s = reloadWith(filter);
    QCOMPARE(s.overview.total, 2);
    QVERIFY(s.firstResponse.medianMs == minutes(25));
    QCOMPARE(s.csat.part, 0);
    QCOMPARE(s.csat.whole, 1);
    QCOMPARE(s.teams.size(), std::size_t(1));
    QCOMPARE(s.openEmergencies.size(), std::size_t(2));
    QCOMPARE(s.safety.score.whole, 2);

    filter.team = "tier1";
    s = reloadWith(filter);
    QCOMPARE(s.overview.total, 3);
    QCOMPARE(s.overview.count(Priority::Emergency), 0);
    QVERIFY(s.firstResponse.medianMs == minutes(45));
    QCOMPARE(s.openEmergencies.size(), std::size_t(0));
    QCOMPARE(s.safety.score.whole, 0);
    QVERIFY(!s.safety.score.percent);
    // The filter list still offers every team.
    QCOMPARE(s.knownTeams, (std::vector<std::string> {"clinical", "tier1"}));
}

void TestDashboardService::periodFilterChangesTheFigures()
{
    const DashboardSnapshot s =
        reloadWith(DashboardFilter::between(utc("2025-11-24T13:00:00Z"), utc("2025-11-25T01:00:00Z")));
    QCOMPARE(s.filter.period, (metrics::Period {utc("2025-11-24T00:00:00Z"), utc("2025-11-26T00:00:00Z")}));
    QCOMPARE(s.firstResponseTrend.size(), std::size_t(2));
    QCOMPARE(s.overview.total, 3); // T3, T4, T5
    QVERIFY(s.firstResponse.medianMs == minutes(25));
    QCOMPARE(s.csat.whole, 1);

    const DashboardSnapshot quarter = reloadWith(DashboardFilter::lastDays(m_store->clock.nowMs(), 90));
    QVERIFY(quarter.filter.granularity == metrics::Granularity::Week);
    QCOMPARE(quarter.overview.total, 7); // from 2025-08-29: T6 (11-01) and T7 (10-01) too
    QCOMPARE(quarter.overview.count(TicketStatus::Closed), 1);
}

void TestDashboardService::burstOfStoreChangesRecomputesOnce()
{
    m_service->setFilter(DashboardFilter::lastDays(m_store->clock.nowMs(), 7));
    await(m_service->reload());
    QSignalSpy updated(m_service.get(), &DashboardService::updated);
    m_store->seed("T8 Another ward tablet", "tier1", Priority::High, Category::Technical, TicketStatus::Open,
                  utc("2025-11-26T08:00:00Z"), 5, -1, 108);
    for (int page = 0; page < 5; ++page) {
        m_service->storeChanged();
    }
    QTRY_COMPARE(updated.count(), 1);
    QTRY_VERIFY(!m_service->isLoading());
    QCOMPARE(updated.count(), 1);
    QCOMPARE(m_service->snapshot().overview.total, 6);
}

void TestDashboardService::onlyTheNewestFilterIsPublished()
{
    QSignalSpy updated(m_service.get(), &DashboardService::updated);
    QSignalSpy loading(m_service.get(), &DashboardService::loadingChanged);
    DashboardFilter clinical = DashboardFilter::lastDays(m_store->clock.nowMs(), 7);
    clinical.team = "clinical";
    DashboardFilter tier1 = clinical;
    tier1.team = "tier1";
    m_service->setFilter(clinical);
    m_service->setFilter(tier1);
    QTRY_VERIFY(!loading.isEmpty() && !loading.last().at(0).toBool());
    QCOMPARE(updated.count(), 1);
    QCOMPARE(m_service->snapshot().filter.team, std::string("tier1"));
    QCOMPARE(m_service->snapshot().overview.total, 3);
}

void TestDashboardService::unreadableTicketIsAClearErrorAndLosesNothing()
{
    const std::string id = m_store->t2.id.toString();
    const bool broken = m_store->run<bool>([id](LocalStore& store) {
        QSqlQuery query(store.database());
        query.prepare(QStringLiteral("UPDATE tickets SET status = 'on_fire' WHERE id = ?"));
        query.addBindValue(QString::fromStdString(id));
        return query.exec() && query.numRowsAffected() == 1;
    });
    QVERIFY(broken);
    const DashboardSnapshot s = reloadWith(DashboardFilter::lastDays(m_store->clock.nowMs(), 7));
    QVERIFY(s.error.contains(QString::fromStdString(id)));
    QCOMPARE(s.overview.total, 0);
    const auto stored = m_store->run<std::optional<Ticket>>(
        [ticketId = m_store->t1.id](LocalStore& store) { return TicketRepository(store.database()).find(ticketId); });
    QVERIFY(stored.has_value());
}

QTEST_GUILESS_MAIN(TestDashboardService)
#include "TestDashboardService.moc"
