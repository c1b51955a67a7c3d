// SPDX-License-Identifier: MIT
// The system health dashboard's core on hand-made JSON: decoding the health endpoints (and refusing answers of the
// wrong shape with a clear error), and the aggregation for a period from the server's buckets (response-time series
// per service, state changes, incidents overlapping the period).
#include <QtTest>

#include <nlohmann/json.hpp>

#include "core/health/SystemHealthCalculator.h"
#include "core/health/SystemHealthParser.h"
#include "hss/Timestamp.h"

using namespace hss::client;
using Json = nlohmann::json;

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
const qint64 nowMs = hss::parseTimestamp("2026-11-27T12:00:00Z").value();

std::string at(qint64 ms)
{
    return hss::formatTimestamp(ms);
}

Json check(const char* service, const char* state, qint64 ms, std::optional<double> latency)
{
    return {{"service", service},   {"status", std::string(state) == "down" ? "down" : "up"}, {"state", state},
            {"checked_at", at(ms)}, {"latency_ms", latency ? Json(*latency) : Json()},        {"message", nullptr}};
}

ServiceHealth service(const char* name, const char* state)
{
    ServiceHealth health;
    health.name = QLatin1String(name);
    health.state = QLatin1String(state);
    return health;
}

} // namespace

class TestSystemHealthParser final : public QObject
{
    Q_OBJECT

private slots:
    void readsTheHealthReport();
    void refusesAnswersOfTheWrongShape_data();
    void refusesAnswersOfTheWrongShape();
    void readsHistoryAndIncidents();
    void readsTheHistoryBuckets();
    void aggregatesThePeriod();
    void keepsIncidentsOverlappingThePeriod();
    void servicesComeFromTheChecksWithoutAReport();
    void bucketWidthIsRound_data();
    void bucketWidthIsRound();
};

void TestSystemHealthParser::readsTheHealthReport()
{
    const Json body = Json::parse(R"({"status":"degraded","version":"1.4.0","protocolVersion":3,"services":{
        "api":{"status":"up","state":"healthy"},
        "database":{"status":"up","state":"healthy","latencyMs":2.5,"checkedAt":"2026-11-27T11:59:30.000Z",
                    "stale":false,"backend":"sqlite",
                    "stats":{"24h":{"checks":4,"uptime":1.0,"errorRate":0.0},"7d":{"checks":8,"uptime":0.875,"errorRate":0.25}}},
        "outbox":{"status":"down","state":"down","latencyMs":0,"checkedAt":"2026-11-27T11:00:00Z","stale":true,
                  "message":"12 messages stuck","stats":{"24h":{"checks":0,"uptime":null,"errorRate":null},"7d":{}}}}})");
    const auto report = SystemHealthParser::report(body);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report.value().overall, QStringLiteral("degraded"));
    QCOMPARE(report.value().version, QStringLiteral("1.4.0"));
    QCOMPARE(report.value().services.size(), std::size_t {3});
    const ServiceHealth& api = report.value().services[0];
    QCOMPARE(api.name, QStringLiteral("api"));
    QCOMPARE(api.state, QStringLiteral("healthy"));
    QCOMPARE(api.checkedAtMs, qint64 {0});
    QVERIFY(!api.latencyMs);
    const ServiceHealth& database = report.value().services[1];
    QCOMPARE(database.latencyMs, std::optional<double>(2.5));
    QCOMPARE(database.checkedAtMs, nowMs - 30 * 1000);
    QCOMPARE(database.uptimeWeek, std::optional<double>(0.875));
    QCOMPARE(database.errorRateWeek, std::optional<double>(0.25));
    QCOMPARE(database.errorRateDay, std::optional<double>(0.0));
    const ServiceHealth& outbox = report.value().services[2];
    QVERIFY(outbox.stale);
    QCOMPARE(outbox.state, QStringLiteral("down"));
    QCOMPARE(outbox.message, QStringLiteral("12 messages stuck"));
    QVERIFY(!outbox.uptimeDay); // no checks: no share, not 0 %
}

void TestSystemHealthParser::refusesAnswersOfTheWrongShape_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("endpoint"); // 0 report, 1 history, 2 incidents, 3 history buckets
    QTest::addColumn<QString>("error");
    QTest::newRow("not JSON at all") << QByteArray("<html>502 Bad Gateway</html>") << -1
                                     << QStringLiteral("the answer is not JSON (at byte 1)");
    QTest::newRow("truncated JSON") << QByteArray(R"({"status":"healthy","serv)") << -1
                                    << QStringLiteral("the answer is not JSON (at byte 26)");
    QTest::newRow("report without status")
        << QByteArray(R"({"services":{}})") << 0 << QStringLiteral("the health report has no status");
    QTest::newRow("report with services as a list") << QByteArray(R"({"status":"healthy","services":[]})") << 0
                                                    << QStringLiteral("the health report lists no services");
    QTest::newRow("service entry not an object")
        << QByteArray(R"({"status":"healthy","services":{"disk":"up"}})") << 0
        << QStringLiteral("the health report's entry for 'disk' is not an object");
    QTest::newRow("service with a bad time")
        << QByteArray(R"({"status":"healthy","services":{"disk":{"state":"healthy","checkedAt":"yesterday"}}})") << 0
        << QStringLiteral("service 'disk': 'checkedAt' is not a timestamp");
    QTest::newRow("buckets without a list")
        << QByteArray(R"({"items":[]})") << 3 << QStringLiteral("the health history has no list of buckets");
    QTest::newRow("bucket without a count")
        << QByteArray(R"({"buckets":[{"service":"sync","start":"2026-11-27T11:00:00Z"}]})") << 3
        << QStringLiteral("a bucket of the health history lacks its service, start or count");
    QTest::newRow("bucket with a bad start")
        << QByteArray(R"({"buckets":[{"service":"sync","start":"noon","checks":1}]})") << 3
        << QStringLiteral("a bucket of the health history has a bad start: 'start' is not a timestamp");
    QTest::newRow("history without items")
        << QByteArray(R"({"checks":[]})") << 1 << QStringLiteral("the health history has no list of checks");
    QTest::newRow("check without time") << QByteArray(R"({"items":[{"service":"sync","state":"healthy"}]})") << 1
                                        << QStringLiteral("a check in the health history lacks its service or time");
    QTest::newRow("check with a bad time")
        << QByteArray(R"({"items":[{"service":"sync","checked_at":"soon"}]})") << 1
        << QStringLiteral("a check in the health history has a bad time: 'checked_at' is not a timestamp");
    QTest::newRow("incident without start")
        << QByteArray(R"({"items":[{"service":"sync"}]})") << 2 << QStringLiteral("an incident lacks its start time");
    QTest::newRow("incidents as an object")
        << QByteArray(R"({"items":{}})") << 2 << QStringLiteral("the incident list has no items");
    QTest::newRow("incident with a bad end")
        << QByteArray(R"({"items":[{"service":"sync","started_at":"2026-11-27T10:00:00Z","ended_at":42}]})") << 2
        << QStringLiteral("an incident has a bad time: 'ended_at' is not a timestamp");
}

void TestSystemHealthParser::refusesAnswersOfTheWrongShape()
{
    QFETCH(QByteArray, text);
    QFETCH(int, endpoint);
    QFETCH(QString, error);
    const auto document = SystemHealthParser::document(text);
    if (endpoint < 0) {
        QVERIFY(!document.ok());
        QCOMPARE(document.error().kind, SyncApiError::Kind::BadResponse);
        QCOMPARE(document.error().message, error);
        return;
    }
    QVERIFY(document.ok());
    const SyncApiError failure = endpoint == 0 ? SystemHealthParser::report(document.value()).error()
        : endpoint == 1                        ? SystemHealthParser::history(document.value()).error()
        : endpoint == 3                        ? SystemHealthParser::buckets(document.value()).error()
                                               : SystemHealthParser::incidents(document.value()).error();
    QCOMPARE(failure.kind, SyncApiError::Kind::BadResponse);
    QCOMPARE(failure.message, error);
}

void TestSystemHealthParser::readsHistoryAndIncidents()
{
    const Json history {
        {"items", {check("sync", "degraded", nowMs - hourMs, 812.5), check("sync", "down", nowMs, {})}}};
    const auto checks = SystemHealthParser::history(history);
    QVERIFY(checks.ok());
    QCOMPARE(checks.value().size(), std::size_t {2});
    QCOMPARE(checks.value()[0].state, QStringLiteral("degraded"));
    QCOMPARE(checks.value()[0].latencyMs, std::optional<double>(812.5));
    QCOMPARE(checks.value()[1].checkedAtMs, nowMs);
    QVERIFY(!checks.value()[1].latencyMs);

    const Json incidents {{"items",
                           {{{"id", 7},
                             {"service", "outbox"},
                             {"started_at", at(nowMs - 3 * hourMs)},
                             {"ended_at", at(nowMs - 2 * hourMs)},
                             {"open", false},
                             {"duration_seconds", 3600},
                             {"message", "stuck"},
                             {"resolution", "healthy"}},
                            {{"id", 8},
                             {"service", "sync"},
                             {"started_at", at(nowMs - minuteMs)},
                             {"ended_at", nullptr},
                             {"open", true},
                             {"duration_seconds", 60},
                             {"message", "no answer"},
                             {"resolution", nullptr}}}}};
    const auto list = SystemHealthParser::incidents(incidents);
    QVERIFY(list.ok());
    QCOMPARE(list.value().size(), std::size_t {2});
    QCOMPARE(list.value()[0].id, qint64 {7});
    QCOMPARE(list.value()[0].closedMs, std::optional<qint64>(nowMs - 2 * hourMs));
    QCOMPARE(list.value()[0].durationSeconds, qint64 {3600});
    QCOMPARE(list.value()[0].resolution, QStringLiteral("healthy"));
    QVERIFY(!list.value()[1].closedMs);
    QVERIFY(list.value()[1].resolution.isEmpty());
}

void TestSystemHealthParser::readsTheHistoryBuckets()
{
    const Json body {{"bucket_seconds", 3600},
                     {"buckets",
                      {{{"service", "sync"},
                        {"start", at(nowMs - hourMs)},
                        {"checks", 60},
                        {"healthy", 57},
                        {"degraded", 2},
                        {"down", 1},
                        {"timed", 59},
                        {"latency_avg_ms", 12.5},
                        {"latency_max_ms", 80.0},
                        {"changes", 3},
                        {"first_checked_at", at(nowMs - hourMs + minuteMs)}},
                       {{"service", "disk"},
                        {"start", at(nowMs)},
                        {"checks", 1},
                        {"healthy", 1},
                        {"degraded", 0},
                        {"down", 0},
                        {"timed", 0},
                        {"latency_avg_ms", nullptr},
                        {"latency_max_ms", nullptr},
                        {"changes", 0}}}}};
    const auto buckets = SystemHealthParser::buckets(body);
    QVERIFY(buckets.ok());
    QCOMPARE(buckets.value().size(), std::size_t {2});
    const HealthHistoryBucket& sync = buckets.value()[0];
    QCOMPARE(sync.service, QStringLiteral("sync"));
    QCOMPARE(sync.startMs, nowMs - hourMs);
    QCOMPARE(sync.checks, 60);
    QCOMPARE(sync.healthy, 57);
    QCOMPARE(sync.degraded, 2);
    QCOMPARE(sync.down, 1);
    QCOMPARE(sync.latencyAvgMs, std::optional<double>(12.5));
    QCOMPARE(sync.changes, 3);
    QCOMPARE(sync.firstMs, nowMs - hourMs + minuteMs);
    QVERIFY(!buckets.value()[1].latencyAvgMs);
    QCOMPARE(buckets.value()[1].firstMs, nowMs); // an older server: the bucket's start
}

void TestSystemHealthParser::aggregatesThePeriod()
{
    HealthReportData report {QStringLiteral("degraded"), QStringLiteral("1.4.0"), {}};
    report.services.push_back(service("sync", "healthy"));
    report.services.push_back(service("outbox", "down"));
    report.services.push_back(service("disk", "degraded"));
    const auto bucket = [](const char* name, qint64 start, int checks, int bad, std::optional<double> latency,
                           int changes) {
        return HealthHistoryBucket {QLatin1String(name), start, checks, checks - bad, 0, bad, latency, changes, start};
    };
    HealthHistoryData history;
    // The period in one-hour buckets (the counts): outbox went down (before) -> healthy -> down.
    history.counts = {bucket("outbox", nowMs - 4 * hourMs, 2, 0, 20.0, 1),
                      bucket("outbox", nowMs - 2 * hourMs, 1, 1, std::nullopt, 1),
                      bucket("sync", nowMs - 4 * hourMs, 1, 0, 100.0, 0),
                      bucket("sync", nowMs - 2 * hourMs, 1, 0, 200.0, 0)};
    // The chart's finer buckets, from the first check on.
    history.latencyBucketMs = 15 * minuteMs;
    history.latencies = {bucket("outbox", nowMs - 4 * hourMs, 2, 0, 20.0, 1),
                         bucket("outbox", nowMs - 2 * hourMs, 1, 1, std::nullopt, 1),
                         bucket("sync", nowMs - 4 * hourMs, 1, 0, 100.0, 0),
                         bucket("sync", nowMs - 2 * hourMs, 1, 0, 200.0, 0)};
    const hss::metrics::Period day {nowMs - 24 * hourMs, nowMs + 1};
    const SystemHealthSnapshot snapshot = SystemHealthCalculator::build(report, history, std::nullopt, day, nowMs);

    QCOMPARE(snapshot.checksInPeriod, 5);
    QCOMPARE(snapshot.alerts.stateChanges, 2);
    QCOMPARE(snapshot.alerts.servicesDown, 1);
    QCOMPARE(snapshot.alerts.servicesDegraded, 1);
    QCOMPARE(snapshot.alerts.affected, QStringList {QStringLiteral("outbox")});
    QCOMPARE(snapshot.historyFromMs, nowMs - 4 * hourMs);
    QVERIFY(!snapshot.incidentsAvailable);

    // Services in the report's order, only those with a timed check in the period.
    QCOMPARE(snapshot.latencyServices, (QStringList {QStringLiteral("sync"), QStringLiteral("outbox")}));
    QCOMPARE(snapshot.bucketMs, 15 * minuteMs);
    QCOMPARE(snapshot.responseTimes.size(), std::size_t {2});
    const ResponseTimeBucket& first = snapshot.responseTimes[0];
    QCOMPARE(first.startMs, nowMs - 4 * hourMs);
    QCOMPARE(first.meanMs[0], std::optional<double>(100.0));
    QCOMPARE(first.meanMs[1], std::optional<double>(20.0));
    const ResponseTimeBucket& second = snapshot.responseTimes[1];
    QCOMPARE(second.meanMs[0], std::optional<double>(200.0));
    QVERIFY(!second.meanMs[1]); // outbox's check there had no latency: an empty cell, not 0
}

void TestSystemHealthParser::keepsIncidentsOverlappingThePeriod()
{
    const hss::metrics::Period day {nowMs - 24 * hourMs, nowMs + 1};
    const std::vector<HealthIncidentEntry> incidents {
        {1, QStringLiteral("sync"), nowMs - 50 * hourMs, nowMs - 40 * hourMs, 36000, {}, {}}, // over before
        {2, QStringLiteral("sync"), nowMs - 30 * hourMs, nowMs - 20 * hourMs, 36000, {}, {}}, // spans the start
        {3, QStringLiteral("outbox"), nowMs - 2 * hourMs, std::nullopt, 7200, {}, {}}, // open
        {4, QStringLiteral("disk"), nowMs - 60 * hourMs, std::nullopt, 216000, {}, {}}, // open since long
    };
    const SystemHealthSnapshot snapshot =
        SystemHealthCalculator::build({}, HealthHistoryData {}, incidents, day, nowMs);
    QVERIFY(snapshot.incidentsAvailable);
    QCOMPARE(snapshot.incidents.size(), std::size_t {3});
    QCOMPARE(snapshot.incidents[0].id, qint64 {3}); // newest first
    QCOMPARE(snapshot.incidents[1].id, qint64 {2});
    QCOMPARE(snapshot.incidents[2].id, qint64 {4});
    QCOMPARE(snapshot.alerts.incidentsOpened, 1);
    QCOMPARE(snapshot.alerts.openIncidents, 2);
    QVERIFY(snapshot.responseTimes.empty());
}

void TestSystemHealthParser::servicesComeFromTheChecksWithoutAReport()
{
    // GET /api/health answers 503 while the server is down: the history still says what each service did last.
    const std::vector<HealthCheckPoint> checks {
        {QStringLiteral("sync"), QStringLiteral("healthy"), nowMs - 2 * minuteMs, 4.0},
        {QStringLiteral("database"), QStringLiteral("down"), nowMs - minuteMs, std::nullopt},
        {QStringLiteral("sync"), QStringLiteral("degraded"), nowMs - minuteMs, 900.0},
        {QStringLiteral("database"), QStringLiteral("healthy"), nowMs - 3 * minuteMs, 1.0},
    };
    const HealthReportData down {QStringLiteral("down"), {}, {}};
    HealthHistoryData history;
    history.newest = checks;
    history.counts = {{QStringLiteral("database"), nowMs - hourMs, 2, 1, 0, 1, 1.0, 1, nowMs - 3 * minuteMs},
                      {QStringLiteral("sync"), nowMs - hourMs, 2, 1, 1, 0, 452.0, 1, nowMs - 2 * minuteMs}};
    const SystemHealthSnapshot snapshot =
        SystemHealthCalculator::build(down, history, std::nullopt, {nowMs - hourMs, nowMs + 1}, nowMs);
    QCOMPARE(snapshot.services.size(), std::size_t {2});
    QCOMPARE(snapshot.services[0].name, QStringLiteral("database"));
    QCOMPARE(snapshot.services[0].state, QStringLiteral("down"));
    QCOMPARE(snapshot.services[0].checkedAtMs, nowMs - minuteMs);
    QCOMPARE(snapshot.services[1].state, QStringLiteral("degraded"));
    QCOMPARE(snapshot.services[1].latencyMs, std::optional<double>(900.0));
    QCOMPARE(snapshot.alerts.servicesDown, 1);
    QCOMPARE(snapshot.alerts.servicesDegraded, 1);
    QCOMPARE(snapshot.alerts.stateChanges, 2);
}

void TestSystemHealthParser::bucketWidthIsRound_data()
{
    QTest::addColumn<qint64>("span");
    QTest::addColumn<qint64>("width");
    QTest::newRow("twenty seconds: 5 s") << qint64 {20000} << qint64 {5000};
    QTest::newRow("ten minutes: 15 s") << 10 * minuteMs << qint64 {15000};
    QTest::newRow("an hour: 5 minutes") << hourMs << 5 * minuteMs;
    QTest::newRow("a day: hours") << 24 * hourMs << hourMs;
    QTest::newRow("a week: 6 hours") << 7 * 24 * hourMs << 6 * hourMs;
    QTest::newRow("90 days: 2 days") << 90 * 24 * hourMs << 2 * 24 * hourMs;
}

void TestSystemHealthParser::bucketWidthIsRound()
{
    QFETCH(qint64, span);
    QFETCH(qint64, width);
    QCOMPARE(SystemHealthCalculator::bucketWidth(span), width);
}

QTEST_GUILESS_MAIN(TestSystemHealthParser)
#include "TestSystemHealthParser.moc"
