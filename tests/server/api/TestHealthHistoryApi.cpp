// SPDX-License-Identifier: MIT
#include <QtTest>
#include <memory>
#include <set>
#include <string>

#include "ApiTestServer.h"
#include "PostgresCluster.h"
#include "app/ServerServices.h"
#include "hss/Timestamp.h"
#include "storage/Database.h"
#include "storage/HealthCheckRepository.h"
#include "storage/WriteQueue.h"

using hss::server::HealthState;
using hss::test::ApiAnswer;
using hss::test::ApiTestServer;

namespace {

constexpr std::int64_t minuteMs = 60 * 1000;
// 2026-11-01T00:00:00Z: the first seeded check.
constexpr std::int64_t startMs = 1'793'491'200'000;

std::string at(std::int64_t minutes)
{
    return hss::formatTimestamp(startMs + minutes * minuteMs);
}

} // namespace

/// GET /api/health/history over a period longer than one page: the from/to range, the cursor that pages through
/// it without gaps or repeats (also across checks made at the same instant), the unchanged answer for callers
/// without the new parameters; GET /api/health/history/buckets summing a period per service and bucket; and 400s
/// naming the bad parameter; on SQLite and PostgreSQL.
class TestHealthHistoryApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesThroughAWholeRange_data() { backends(); }
    void pagesThroughAWholeRange();
    void sameInstantChecksAreNeitherLostNorRepeated_data() { backends(); }
    void sameInstantChecksAreNeitherLostNorRepeated();
    void bucketsSumThePeriodPerService_data() { backends(); }
    void bucketsSumThePeriodPerService();
    void badParametersAreNamed_data();
    void badParametersAreNamed();

private:
    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    std::unique_ptr<ApiTestServer> startServer(const QString& backend);
    static void seed(ApiTestServer& api, const std::string& service, std::int64_t firstMinute, int count);
    static void seed(ApiTestServer& api, const std::vector<hss::server::HealthCheckRecord>& checks);

    hss::test::PostgresCluster m_cluster;
    int m_databases = 0;
};

void TestHealthHistoryApi::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
}

std::unique_ptr<ApiTestServer> TestHealthHistoryApi::startServer(const QString& backend)
{
    std::string url;
    if (backend == QStringLiteral("postgresql")) {
        const QString name = QStringLiteral("health_history_%1").arg(++m_databases);
        if (!m_cluster.createDatabase(name)) {
            qWarning("%s", qPrintable(m_cluster.error()));
            return nullptr;
        }
        url = m_cluster.url(name).toStdString();
    }
    auto api = std::make_unique<ApiTestServer>(url);
    if (!api->isRunning()) {
        qWarning("%s", qPrintable(api->error()));
        return nullptr;
    }
    return api;
}

void TestHealthHistoryApi::seed(ApiTestServer& api, const std::string& service, std::int64_t firstMinute, int count)
{
    auto& database = api.services().database;
    api.services().writes.run([&](Poco::Data::Session& session) {
        hss::server::HealthCheckRepository repository(database);
        for (int i = 0; i < count; ++i) {
            const HealthState state = i % 7 == 0 ? HealthState::Degraded : HealthState::Healthy;
            repository.record(
                session,
                {service, state, startMs + (firstMinute + i) * minuteMs, static_cast<double>(i % 50), std::nullopt});
        }
    });
}

void TestHealthHistoryApi::seed(ApiTestServer& api, const std::vector<hss::server::HealthCheckRecord>& checks)
{
    auto& database = api.services().database;
    api.services().writes.run([&](Poco::Data::Session& session) {
        for (const auto& check : checks) {
            hss::server::HealthCheckRepository(database).record(session, check);
        }
    });
}

void TestHealthHistoryApi::pagesThroughAWholeRange()
{
    QFETCH(QString, backend);
    auto api = startServer(backend);
    QVERIFY(api);
    seed(*api, "database", 0, 1200);
    seed(*api, "sync", 0, 30);

    // Without the new parameters: the newest 100 of all services, as before, and a cursor to go on.
    ApiAnswer answer = api->request("GET", "/api/health/history");
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body.at("items").size(), std::size_t(100));
    QCOMPARE(answer.body.at("items")[0].at("checked_at"), at(1199));
    QVERIFY(answer.body.at("next_cursor").is_string());

    // Minutes 100..999 of one service are 900 checks: two pages of at most 500, newest first, then no cursor.
    const std::string range = "/api/health/history?service=database&limit=500&from=" + at(100) + "&to=" + at(1000);
    std::vector<std::string> times;
    std::string cursor;
    int pages = 0;
    do {
        answer = api->request("GET", range + (cursor.empty() ? "" : "&cursor=" + cursor));
        QCOMPARE(answer.status, 200);
        ++pages;
        for (const auto& item : answer.body.at("items")) {
            QCOMPARE(item.at("service"), "database");
            times.push_back(item.at("checked_at").get<std::string>());
        }
        cursor =
            answer.body.at("next_cursor").is_null() ? std::string() : answer.body.at("next_cursor").get<std::string>();
    } while (!cursor.empty() && pages < 10);
    QCOMPARE(pages, 2);
    QCOMPARE(times.size(), std::size_t(900));
    QCOMPARE(times.front(), at(999));
    QCOMPARE(times.back(), at(100));
    QCOMPARE(std::set<std::string>(times.begin(), times.end()).size(), times.size());

    // A range that fits one page says so at once.
    answer = api->request("GET", "/api/health/history?service=sync&from=" + at(20) + "&limit=500");
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body.at("items").size(), std::size_t(10));
    QVERIFY(answer.body.at("next_cursor").is_null());
}

void TestHealthHistoryApi::sameInstantChecksAreNeitherLostNorRepeated()
{
    QFETCH(QString, backend);
    auto api = startServer(backend);
    QVERIFY(api);
    // Every service is checked in the same cycle, so checks share their instant: one per service at minute 5.
    for (const std::string service : {"database", "disk", "sync", "outbox"}) {
        seed(*api, service, 5, 1);
    }
    std::multiset<std::string> services;
    std::string path = "/api/health/history?limit=1&from=" + at(0);
    for (int page = 0; page < 10; ++page) {
        const ApiAnswer answer = api->request("GET", path);
        QCOMPARE(answer.status, 200);
        for (const auto& item : answer.body.at("items")) {
            services.insert(item.at("service").get<std::string>());
        }
        if (answer.body.at("next_cursor").is_null()) {
            break;
        }
        path =
            "/api/health/history?limit=1&from=" + at(0) + "&cursor=" + answer.body.at("next_cursor").get<std::string>();
    }
    QCOMPARE(services, (std::multiset<std::string> {"database", "disk", "outbox", "sync"}));
}

void TestHealthHistoryApi::bucketsSumThePeriodPerService()
{
    QFETCH(QString, backend);
    auto api = startServer(backend);
    QVERIFY(api);
    const auto minute = [](std::int64_t minutes) { return startMs + minutes * minuteMs; };
    seed(*api,
         {{"sync", HealthState::Down, minute(-10), 1.0, std::nullopt}, // before the period
          {"sync", HealthState::Healthy, minute(0), 10.0, std::nullopt},
          {"database", HealthState::Healthy, minute(0), 5.0, std::nullopt},
          {"sync", HealthState::Healthy, minute(30), 30.0, std::nullopt},
          {"sync", HealthState::Degraded, minute(59), std::nullopt, std::nullopt},
          {"sync", HealthState::Degraded, minute(60), 100.0, std::nullopt},
          {"sync", HealthState::Healthy, minute(61), 200.0, std::nullopt},
          {"sync", HealthState::Down, minute(180), std::nullopt, std::nullopt},
          {"sync", HealthState::Down, minute(240), 1.0, std::nullopt}}); // at "to": outside

    ApiAnswer answer =
        api->request("GET", "/api/health/history/buckets?bucket=3600&service=sync&from=" + at(0) + "&to=" + at(240));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body.at("bucket_seconds"), 3600);
    const auto& buckets = answer.body.at("buckets");
    QCOMPARE(buckets.size(), std::size_t(3)); // the hour without checks is left out
    QCOMPARE(buckets[0].at("start"), at(0));
    QCOMPARE(buckets[0].at("checks"), 3);
    QCOMPARE(buckets[0].at("healthy"), 2);
    QCOMPARE(buckets[0].at("degraded"), 1);
    QCOMPARE(buckets[0].at("down"), 0);
    QCOMPARE(buckets[0].at("timed"), 2);
    QCOMPARE(buckets[0].at("latency_avg_ms").get<double>(), 20.0);
    QCOMPARE(buckets[0].at("latency_max_ms").get<double>(), 30.0);
    QCOMPARE(buckets[0].at("changes"), 2); // down (before the period) -> healthy, healthy -> degraded
    QCOMPARE(buckets[0].at("first_checked_at"), at(0));
    QCOMPARE(buckets[1].at("start"), at(60));
    QCOMPARE(buckets[1].at("checks"), 2);
    QCOMPARE(buckets[1].at("latency_avg_ms").get<double>(), 150.0);
    QCOMPARE(buckets[1].at("changes"), 1);
    QCOMPARE(buckets[2].at("start"), at(180));
    QCOMPARE(buckets[2].at("first_checked_at"), at(180));
    QCOMPARE(buckets[2].at("down"), 1);
    QCOMPARE(buckets[2].at("timed"), 0);
    QVERIFY(buckets[2].at("latency_avg_ms").is_null());
    QVERIFY(buckets[2].at("latency_max_ms").is_null());
    QCOMPARE(buckets[2].at("changes"), 1);

    // All services: each its own series, ordered by service, its first check no change.
    answer = api->request("GET", "/api/health/history/buckets?bucket=86400&from=" + at(0) + "&to=" + at(240));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body.at("buckets").size(), std::size_t(2));
    QCOMPARE(answer.body.at("buckets")[0].at("service"), "database");
    QCOMPARE(answer.body.at("buckets")[0].at("changes"), 0);
    QCOMPARE(answer.body.at("buckets")[1].at("service"), "sync");
    QCOMPARE(answer.body.at("buckets")[1].at("checks"), 6);
    QCOMPARE(answer.body.at("buckets")[1].at("start"), hss::formatTimestamp(startMs - startMs % (86400 * 1000)));
    QCOMPARE(answer.body.at("buckets")[1].at("first_checked_at"), at(0));
    QCOMPARE(answer.body.at("buckets")[1].at("changes"), 4);
}

void TestHealthHistoryApi::badParametersAreNamed_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("parameter");
    QTest::newRow("from is not a time") << QStringLiteral("from=yesterday") << QStringLiteral("'from'");
    QTest::newRow("to has no zone") << QStringLiteral("to=2026-11-01T00:00:00") << QStringLiteral("'to'");
    QTest::newRow("from after to") << QStringLiteral("from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z")
                                   << QStringLiteral("'from'");
    QTest::newRow("cursor is made up") << QStringLiteral("cursor=abc") << QStringLiteral("'cursor'");
    QTest::newRow("cursor has no id") << QStringLiteral("cursor=1793491200000.") << QStringLiteral("'cursor'");
    QTest::newRow("limit over the maximum") << QStringLiteral("limit=501") << QStringLiteral("'limit'");
    QTest::newRow("buckets without a width")
        << QStringLiteral("/buckets?from=2026-11-01T00:00:00Z") << QStringLiteral("'bucket'");
    QTest::newRow("buckets of no width") << QStringLiteral("/buckets?bucket=0&from=2026-11-01T00:00:00Z")
                                         << QStringLiteral("'bucket'");
    QTest::newRow("buckets without a start") << QStringLiteral("/buckets?bucket=60") << QStringLiteral("'from'");
    QTest::newRow("too many buckets") << QStringLiteral(
        "/buckets?bucket=1&from=2026-08-01T00:00:00Z&to=2026-11-01T00:00:00Z")
                                      << QStringLiteral("'bucket'");
    QTest::newRow("buckets of an unknown service")
        << QStringLiteral("/buckets?bucket=60&from=2026-11-01T00:00:00Z&service=nope") << QStringLiteral("'service'");
}

void TestHealthHistoryApi::badParametersAreNamed()
{
    QFETCH(QString, query);
    QFETCH(QString, parameter);
    auto api = startServer(QStringLiteral("sqlite"));
    QVERIFY(api);
    // A query starting with "/" names a sub-resource (/buckets) with its own query string.
    const std::string path = query.startsWith(QLatin1Char('/')) ? query.toStdString() : "?" + query.toStdString();
    const ApiAnswer answer = api->request("GET", "/api/health/history" + path);
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.body.at("error").is_string());
    const std::string message = answer.body.at("message").get<std::string>();
    QVERIFY2(message.find(parameter.toStdString()) != std::string::npos, message.c_str());
}

QTEST_GUILESS_MAIN(TestHealthHistoryApi)
#include "TestHealthHistoryApi.moc"
