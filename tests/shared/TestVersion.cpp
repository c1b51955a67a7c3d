// SPDX-License-Identifier: MIT
#include <QtTest>

#include "hss/Version.h"

class TestVersion final : public QObject
{
    Q_OBJECT

private slots:
    void versionIsSemantic();
};

void TestVersion::versionIsSemantic()
{
    const QString version = QString::fromUtf8(hss::productVersion().data(), hss::productVersion().size());
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$")).match(version).hasMatch(), qPrintable(version));
    QCOMPARE(QString::fromUtf8(hss::productName().data()), QStringLiteral("Healthcare Support System"));
}

QTEST_GUILESS_MAIN(TestVersion)
#include "TestVersion.moc"
