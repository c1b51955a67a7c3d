// SPDX-License-Identifier: MIT
// The console names its protocol version on every request, and a server that does not speak it (426
// protocol_unsupported) stops sync for good, with the reason shown and every local change kept, instead of a retry
// loop. Real TLS: SyncApi talks to a scripted HTTPS server.
#include <QtTest>

#include "ScriptedSyncApi.h"
#include "SyncTestSupport.h"
#include "core/SignInOutcome.h"
#include "hss/StdRandomSource.h"
#include "hss/Version.h"
#include "sync/LocalChanges.h"
#include "sync/SyncApi.h"
#include "sync/SyncEngine.h"
#include "ui/SyncStatusWidget.h"

using namespace hss::client;
using hss::test::await;
using hss::test::ScriptedHttpsServer;
using Answer = ScriptedHttpsServer::Answer;
using Kind = SyncApiError::Kind;

namespace {

Answer unsupported()
{
    Answer answer;
    answer.status = 426;
    answer.headers.append(qMakePair(QByteArray("X-HSS-Protocol"), QByteArray("3")));
    answer.body = R"({"error":"protocol_unsupported","message":"this client speaks protocol 1 and this server speaks )"
                  R"(2 to 3: update the console"})";
    return answer;
}

} // namespace

class TestSyncProtocolVersion final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyRequestNamesTheProtocolVersion();
    void unsupportedProtocolStopsSyncAndKeepsTheChanges();
    void signInNamesTheUpdate();

private:
    std::unique_ptr<SyncApi> makeApi() const { return hss::test::scriptedApi(*m_server, *m_certificates); }

    std::unique_ptr<hss::test::TestCertificates> m_certificates;
    std::unique_ptr<ScriptedHttpsServer> m_server;
    std::unique_ptr<hss::test::StoreFixture> m_store;
    hss::StdRandomSource m_random {7};
};

void TestSyncProtocolVersion::initTestCase()
{
    m_certificates = std::make_unique<hss::test::TestCertificates>();
    QVERIFY2(m_certificates->isValid(), qPrintable(m_certificates->error()));
}

void TestSyncProtocolVersion::init()
{
    m_server = std::make_unique<ScriptedHttpsServer>();
    QVERIFY2(m_server->listen(m_certificates->certificateFile(), m_certificates->keyFile()),
             qPrintable(m_server->error()));
    m_store = std::make_unique<hss::test::StoreFixture>();
    QVERIFY(m_store->opened);
}

void TestSyncProtocolVersion::cleanup()
{
    m_store.reset();
    m_server.reset();
}

void TestSyncProtocolVersion::everyRequestNamesTheProtocolVersion()
{
    m_server->answers = {Answer {200, {}, R"({"items":[]})"}};
    const auto api = makeApi();
    QVERIFY(api);
    await(api->pull(QString(), 10, 0));
    await(api->requestJson("GET", QStringLiteral("/api/kb/articles")));
    hss::sync::PushRequest request;
    request.deviceId = "console-test";
    await(api->push(request));
    QCOMPARE(m_server->requestHeads.size(), 3);
    const QByteArray expected = "\r\nx-hss-protocol: " + QByteArray::number(hss::protocolVersion);
    for (const QByteArray& head : m_server->requestHeads) {
        QVERIFY2(head.toLower().contains(expected), head.constData());
    }
}

void TestSyncProtocolVersion::unsupportedProtocolStopsSyncAndKeepsTheChanges()
{
    LocalChanges changes(m_store->worker, m_store->hlc, m_store->clock);
    changes.setUserId(hss::Uuid::createV7());
    QVERIFY(await(changes.createTicket(hss::test::sampleTicket("Typed before the server was upgraded"))).ok());
    m_server->answers = {unsupported()};
    const auto api = makeApi();
    QVERIFY(api);

    const auto answer = await(api->pull(QString(), 10, 0));
    QVERIFY(!answer.ok());
    QCOMPARE(answer.error().kind, Kind::Incompatible);
    QVERIFY(!answer.error().isTransient());

    SyncEngineSettings settings;
    settings.backoff.initial = std::chrono::milliseconds(20);
    settings.backoff.maximum = std::chrono::milliseconds(40);
    SyncEngine engine(m_store->worker, *api, m_store->hlc, m_store->clock, m_random, settings);
    engine.start();
    QTRY_COMPARE(engine.status().state, SyncStatus::State::Incompatible);
    const qsizetype asked = m_server->requestLines.size();
    QTest::qWait(300); // many back-off periods: nothing is retried
    QCOMPARE(m_server->requestLines.size(), asked);
    QVERIFY(engine.status().lastError.contains(QStringLiteral("update the console")));
    QCOMPARE(engine.status().pendingCount, qint64(1));
    QVERIFY(SyncStatusWidget::describe(engine.status()).contains(QStringLiteral("Update needed")));
    engine.stop();
    QCOMPARE(engine.status().state, SyncStatus::State::Incompatible); // stopping does not hide why
}

void TestSyncProtocolVersion::signInNamesTheUpdate()
{
    SyncApiError error {
        Kind::Incompatible, 426, QStringLiteral("protocol_unsupported"),
        QStringLiteral("this client speaks protocol 1 and this server speaks 2 to 3: update the console")};
    const SignInOutcome outcome = SignInOutcome::fromError(error, false);
    QCOMPARE(outcome.code, SignInOutcome::Code::Incompatible);
    QVERIFY(outcome.message.contains(QStringLiteral("update the console")));
    QVERIFY(outcome.message.contains(QStringLiteral("kept")));
}

QTEST_MAIN(TestSyncProtocolVersion)
#include "TestSyncProtocolVersion.moc"
