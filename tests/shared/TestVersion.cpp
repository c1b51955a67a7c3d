// SPDX-License-Identifier: MIT
#include <QtTest>

#include "hss/Version.h"

class TestVersion final : public QObject
{
    Q_OBJECT

private slots:
    void versionIsSemantic();
    void protocolAgreement_data();
    void protocolAgreement();
    void thisBuildSpeaksItsOwnRange();
};

void TestVersion::versionIsSemantic()
{
    const QString version = QString::fromUtf8(hss::productVersion().data(), hss::productVersion().size());
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$")).match(version).hasMatch(), qPrintable(version));
    QCOMPARE(QString::fromUtf8(hss::productName().data()), QStringLiteral("Healthcare Support System"));
}

void TestVersion::protocolAgreement_data()
{
    QTest::addColumn<int>("ourOldest");
    QTest::addColumn<int>("ourNewest");
    QTest::addColumn<int>("theirOldest");
    QTest::addColumn<int>("theirNewest");
    QTest::addColumn<int>("agreed"); // 0: none

    QTest::newRow("same single version") << 1 << 1 << 1 << 1 << 1;
    QTest::newRow("newer server still serves an older console") << 1 << 1 << 1 << 3 << 1;
    QTest::newRow("newer console works with an older server") << 2 << 4 << 1 << 3 << 3;
    QTest::newRow("both newest agreed") << 1 << 3 << 2 << 3 << 3;
    QTest::newRow("console too old for the server") << 1 << 1 << 2 << 3 << 0;
    QTest::newRow("server too old for the console") << 3 << 4 << 1 << 2 << 0;
    QTest::newRow("malformed range") << 3 << 1 << 1 << 3 << 0;
}

void TestVersion::protocolAgreement()
{
    QFETCH(int, ourOldest);
    QFETCH(int, ourNewest);
    QFETCH(int, theirOldest);
    QFETCH(int, theirNewest);
    QFETCH(int, agreed);

    const auto result = hss::agreedProtocol({ourOldest, ourNewest}, {theirOldest, theirNewest});
    QCOMPARE(result.value_or(0), agreed);
    // Agreement does not depend on who asks.
    QCOMPARE(hss::agreedProtocol({theirOldest, theirNewest}, {ourOldest, ourNewest}).value_or(0), agreed);
}

void TestVersion::thisBuildSpeaksItsOwnRange()
{
    QVERIFY(hss::oldestProtocolVersion <= hss::protocolVersion);
    QCOMPARE(hss::agreedProtocol({}, {}).value_or(0), hss::protocolVersion);
}

QTEST_GUILESS_MAIN(TestVersion)
#include "TestVersion.moc"
