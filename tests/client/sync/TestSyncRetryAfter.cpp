// SPDX-License-Identifier: MIT
// A server that answers 503 or 429 with Retry-After is waited for as long as it asks (capped), on push and on pull;
// the console's own back-off applies only when it does not say. Real TLS: SyncApi talks to a scripted HTTPS server.
#include <QDateTime>
#include <QLocale>
#include <QtTest>

#include "ScriptedSyncApi.h"
#include "SyncTestSupport.h"
#include "hss/StdRandomSource.h"
#include "sync/LocalChanges.h"
#include "sync/SyncApi.h"
#include "sync/SyncEngine.h"

using namespace hss::client;
using hss::test::await;
using hss::test::ScriptedHttpsServer;
using Answer = ScriptedHttpsServer::Answer;
using Kind = SyncApiError::Kind;

namespace {

Answer busy(int status, const QByteArray& retryAfter = {})
{
    Answer answer;
    answer.status = status;
    if (!retryAfter.isEmpty()) {
        answer.headers.append({"Retry-After", retryAfter});
    }
    answer.body = R"({"error":"service_unavailable","message":"busy for a moment"})";
    return answer;
}

/// An HTTP-date (RFC 9110 IMF-fixdate) \a seconds from now.
QByteArray httpDateIn(int seconds)
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc().addSecs(seconds), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

SyncEngineSettings fastSettings()
{
    SyncEngineSettings settings;
    settings.backoff.initial = std::chrono::milliseconds(20);
    settings.backoff.maximum = std::chrono::milliseconds(80);
    return settings;
}

} // namespace

class TestSyncRetryAfter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void retryAfterOfA503OrA429IsRead();
    void pullWaitsAsLongAsTheServerAsks();
    void pushWaitsAsLongAsTheServerAsksAtMostTheCap();
    void withoutRetryAfterTheBackOffApplies();

private:
    std::unique_ptr<SyncApi> makeApi() const { return hss::test::scriptedApi(*m_server, *m_certificates); }

    std::unique_ptr<hss::test::TestCertificates> m_certificates;
    std::unique_ptr<ScriptedHttpsServer> m_server;
    std::unique_ptr<hss::test::StoreFixture> m_store;
    hss::StdRandomSource m_random {5};
};

void TestSyncRetryAfter::initTestCase()
{
    m_certificates = std::make_unique<hss::test::TestCertificates>();
    QVERIFY2(m_certificates->isValid(), qPrintable(m_certificates->error()));
}

void TestSyncRetryAfter::init()
{
    m_server = std::make_unique<ScriptedHttpsServer>();
    QVERIFY2(m_server->listen(m_certificates->certificateFile(), m_certificates->keyFile()),
             qPrintable(m_server->error()));
    m_store = std::make_unique<hss::test::StoreFixture>();
    QVERIFY(m_store->opened);
}

void TestSyncRetryAfter::cleanup()
{
    m_store.reset();
    m_server.reset();
}

void TestSyncRetryAfter::retryAfterOfA503OrA429IsRead()
{
    m_server->answers = {busy(503, "30"), busy(429, httpDateIn(120)), busy(503), busy(429, "soon")};
    const auto api = makeApi();
    QVERIFY(api);

    const auto seconds = await(api->pull(QString(), 100, 0));
    QVERIFY(!seconds.ok());
    QCOMPARE(seconds.error().kind, Kind::ServerError);
    QCOMPARE(seconds.error().httpStatus, 503);
    QCOMPARE(seconds.error().retryAfter, std::optional(std::chrono::seconds(30)));

    hss::sync::PushRequest request;
    request.deviceId = "console-test";
    const auto date = await(api->push(request));
    QVERIFY(!date.ok());
    QCOMPARE(date.error().httpStatus, 429);
    QVERIFY(date.error().isTransient()); // too many requests: the same request later, not a rejected one
    QVERIFY(date.error().retryAfter.has_value());
    QVERIFY2(date.error().retryAfter->count() >= 110 && date.error().retryAfter->count() <= 120,
             qPrintable(QString::number(date.error().retryAfter->count())));

    const auto none = await(api->pull(QString(), 100, 0));
    QVERIFY(!none.ok());
    QCOMPARE(none.error().httpStatus, 503);
    QVERIFY(!none.error().retryAfter.has_value());

    const auto unreadable = await(api->pull(QString(), 100, 0));
    QVERIFY(!unreadable.ok());
    QVERIFY(unreadable.error().isTransient());
    QVERIFY(!unreadable.error().retryAfter.has_value());
    QCOMPARE(m_server->requestLines.size(), 4);
}

void TestSyncRetryAfter::pullWaitsAsLongAsTheServerAsks()
{
    m_server->answers = {busy(503, "30")};
    const auto api = makeApi();
    QVERIFY(api);
    SyncEngine engine(m_store->worker, *api, m_store->hlc, m_store->clock, m_random, fastSettings());
    engine.start();
    QTRY_COMPARE(engine.status().state, SyncStatus::State::Offline);
    QVERIFY(m_server->requestLines.first().startsWith("GET /api/sync/pull"));
    // 30 s, not the back-off's 10–20 ms; the manual clock stands still, so the difference is exact.
    QCOMPARE(engine.status().nextAttemptMs, std::optional<qint64>(m_store->clock.nowMs() + 30000));
    engine.stop();
}

void TestSyncRetryAfter::pushWaitsAsLongAsTheServerAsksAtMostTheCap()
{
    LocalChanges changes(m_store->worker, m_store->hlc, m_store->clock);
    changes.setUserId(hss::Uuid::createV7());
    QVERIFY(await(changes.createTicket(hss::test::sampleTicket("Typed while the server is busy"))).ok());
    // An hour is more than the console waits: the cap (1.5 s here) applies; the second answer's 1 s is below it.
    m_server->answers = {busy(429, "3600"), busy(503, "1")};
    const auto api = makeApi();
    QVERIFY(api);
    SyncEngineSettings settings = fastSettings();
    settings.maxRetryAfter = std::chrono::milliseconds(1500);
    SyncEngine engine(m_store->worker, *api, m_store->hlc, m_store->clock, m_random, settings);
    engine.start();
    QTRY_COMPARE(engine.status().state, SyncStatus::State::Offline);
    QCOMPARE(engine.status().nextAttemptMs, std::optional<qint64>(m_store->clock.nowMs() + 1500));
    QTRY_COMPARE(m_server->requestLines.size(), 2); // tried again once the capped wait was over
    QTRY_COMPARE(engine.status().nextAttemptMs, std::optional<qint64>(m_store->clock.nowMs() + 1000));
    for (const QByteArray& line : m_server->requestLines) {
        QVERIFY2(line.startsWith("POST /api/sync/push"), line.constData());
    }
    QCOMPARE(engine.status().pendingCount, qint64(1)); // nothing lost while the server is busy
    engine.stop();
}

void TestSyncRetryAfter::withoutRetryAfterTheBackOffApplies()
{
    m_server->answers = {busy(503)};
    const auto api = makeApi();
    QVERIFY(api);
    // Seconds, not milliseconds: a retry on a busy machine before the status is read would show the second step.
    SyncEngineSettings settings;
    settings.backoff.initial = std::chrono::seconds(20);
    settings.backoff.maximum = std::chrono::seconds(80);
    SyncEngine engine(m_store->worker, *api, m_store->hlc, m_store->clock, m_random, settings);
    engine.start();
    QTRY_COMPARE(engine.status().state, SyncStatus::State::Offline);
    QCOMPARE(m_server->requestLines.size(), 1);
    const qint64 wait = engine.status().nextAttemptMs.value_or(-1) - m_store->clock.nowMs();
    QVERIFY2(wait >= 10000 && wait <= 20000, qPrintable(QString::number(wait))); // the first step, with jitter
    engine.stop();
}

QTEST_GUILESS_MAIN(TestSyncRetryAfter)
#include "TestSyncRetryAfter.moc"
