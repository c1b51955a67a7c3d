// SPDX-License-Identifier: MIT
#include <QtTest>

#include "core/ServerHealth.h"

using hss::client::ServerHealth;

class TestServerHealth final : public QObject
{
    Q_OBJECT

private slots:
    void parses();
    void rejects_data();
    void rejects();
};

void TestServerHealth::parses()
{
    QString error;
    const auto health = ServerHealth::fromJson(
        R"({"status":"healthy","version":"0.1.0","protocolVersion":1,"uptimeSeconds":42,
            "services":{"api":{"status":"up"},"database":{"status":"up","backend":"sqlite","latencyMs":0.2}}})",
        &error);
    QVERIFY2(health.has_value(), qPrintable(error));
    QVERIFY(health->isHealthy());
    QCOMPARE(health->version, QStringLiteral("0.1.0"));
    QCOMPARE(health->protocolVersion, 1);
    QCOMPARE(health->uptimeSeconds, 42);
    QCOMPARE(health->databaseBackend, QStringLiteral("sqlite"));
    QCOMPARE(health->databaseStatus, QStringLiteral("up"));
}

void TestServerHealth::rejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty body") << QByteArray();
    QTest::newRow("HTML error page") << QByteArray("<html><body>502 Bad Gateway</body></html>");
    QTest::newRow("JSON array") << QByteArray("[1,2]");
    QTest::newRow("no status") << QByteArray(R"({"version":"0.1.0"})");
    QTest::newRow("status of wrong type") << QByteArray(R"({"status":1,"version":"0.1.0"})");
    QTest::newRow("truncated JSON") << QByteArray(R"({"status":"healthy","vers)");
}

void TestServerHealth::rejects()
{
    QFETCH(QByteArray, body);
    QString error;
    QVERIFY(!ServerHealth::fromJson(body, &error).has_value());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestServerHealth)
#include "TestServerHealth.moc"
