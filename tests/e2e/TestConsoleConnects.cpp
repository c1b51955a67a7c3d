// SPDX-License-Identifier: MIT
#include <QtTest>

#include "ServerProcess.h"
#include "core/ServerConnection.h"
#include "hss/Version.h"

using hss::client::ServerConnection;

class TestConsoleConnects final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlineWithPinnedCa();
    void anotherCaIsNotTrusted();
    void offlineWhenServerStopsAndBackOnline();
    void badCaFileIsReported();

private:
    std::unique_ptr<hss::test::TestCertificates> m_certificates;
    std::unique_ptr<hss::test::TestCertificates> m_otherCa;
    std::unique_ptr<hss::test::ServerProcess> m_server;
};

void TestConsoleConnects::initTestCase()
{
    m_certificates = std::make_unique<hss::test::TestCertificates>();
    QVERIFY2(m_certificates->isValid(), qPrintable(m_certificates->error()));
    m_otherCa = std::make_unique<hss::test::TestCertificates>();
    QVERIFY2(m_otherCa->isValid(), qPrintable(m_otherCa->error()));
    m_server = std::make_unique<hss::test::ServerProcess>(*m_certificates);
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
}

void TestConsoleConnects::onlineWithPinnedCa()
{
    ServerConnection connection;
    QString error;
    QVERIFY2(connection.configure(QUrl(m_server->baseUrl()), m_certificates->caFile(), &error), qPrintable(error));
    QSignalSpy health(&connection, &ServerConnection::healthUpdated);
    connection.checkNow();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ServerConnection::State::Online, 15000);
    QCOMPARE(health.count(), 1);
    QVERIFY(connection.lastHealth()->isHealthy());
    QCOMPARE(connection.lastHealth()->version, QString::fromUtf8(hss::productVersion().data()));
    QCOMPARE(connection.lastTlsSession().peerSubject, QStringLiteral("localhost"));
    QVERIFY(connection.lastTlsSession().protocol.startsWith(QStringLiteral("TLS 1.")));
}

void TestConsoleConnects::anotherCaIsNotTrusted()
{
    ServerConnection connection;
    QString error;
    QVERIFY(connection.configure(QUrl(m_server->baseUrl()), m_otherCa->caFile(), &error));
    connection.checkNow();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ServerConnection::State::Offline, 15000);
    QVERIFY2(connection.lastError().contains(QStringLiteral("not trusted")), qPrintable(connection.lastError()));
    QVERIFY(!connection.lastHealth().has_value());
}

void TestConsoleConnects::offlineWhenServerStopsAndBackOnline()
{
    hss::test::ServerProcess server(*m_certificates);
    QVERIFY2(server.start(), qPrintable(server.error()));
    ServerConnection connection;
    QString error;
    QVERIFY(connection.configure(QUrl(server.baseUrl()), m_certificates->caFile(), &error));
    connection.checkNow();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ServerConnection::State::Online, 15000);

    const int port = server.port();
    server.stop();
    connection.checkNow();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ServerConnection::State::Offline, 15000);
    QVERIFY(connection.offlineSince().isValid());
    QVERIFY2(connection.lastError().contains(QStringLiteral("Cannot reach")), qPrintable(connection.lastError()));
    const QDateTime since = connection.offlineSince();

    // A second failed check keeps the original "offline since" time.
    connection.checkNow();
    QTest::qWait(300);
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ServerConnection::State::Offline, 15000);
    QCOMPARE(connection.offlineSince(), since);

    server.setEnvironmentValue(QStringLiteral("HSS_PORT"), QString::number(port));
    QVERIFY2(server.start(), qPrintable(server.error()));
    connection.checkNow();
    QTRY_VERIFY2_WITH_TIMEOUT(connection.state() == ServerConnection::State::Online, qPrintable(connection.lastError()),
                              15000);
    QVERIFY(!connection.offlineSince().isValid());
}

void TestConsoleConnects::badCaFileIsReported()
{
    ServerConnection connection;
    QString error;
    QVERIFY(!connection.configure(QUrl(m_server->baseUrl()), QStringLiteral("/nonexistent/ca.pem"), &error));
    QVERIFY2(error.contains(QStringLiteral("/nonexistent/ca.pem")), qPrintable(error));
    QTemporaryFile notPem;
    QVERIFY(notPem.open());
    notPem.write("hello");
    notPem.flush();
    QVERIFY(!connection.configure(QUrl(m_server->baseUrl()), notPem.fileName(), &error));
    QVERIFY2(error.contains(QStringLiteral("no PEM certificate")), qPrintable(error));
    QCOMPARE(connection.state(), ServerConnection::State::Unconfigured);
}

QTEST_GUILESS_MAIN(TestConsoleConnects)
#include "TestConsoleConnects.moc"
