// SPDX-License-Identifier: MIT
#include <QtTest>
#include <algorithm>
#include <vector>

#include "TestSupport.h"
#include "hss/HlcTimestamp.h"

using hss::HlcTimestamp;
using hss::test::codeName;
using hss::test::qs;

class TestHlcTimestamp final : public QObject
{
    Q_OBJECT

private slots:
    void encoding_data();
    void encoding();
    void textSortsLikeTimestamps();
    void parseRejects_data();
    void parseRejects();
    void nodeIds_data();
    void nodeIds();
};

void TestHlcTimestamp::encoding_data()
{
    QTest::addColumn<qint64>("physical");
    QTest::addColumn<uint>("logical");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("text");

    QTest::newRow("brief example") << qint64(1'764'144'000'000) << 3u << "nodeid"
                                   << "000001764144000000-0000000003-nodeid";
    QTest::newRow("zero") << qint64(0) << 0u << "n"
                          << "000000000000000000-0000000000-n";
    QTest::newRow("max logical") << qint64(1) << 4'294'967'295u << "srv-1"
                                 << "000000000000000001-4294967295-srv-1";
    QTest::newRow("node id with dashes and uuid")
        << qint64(1'795'680'000'000) << 12u << "console-01a216de-5800-7000-8000-000000000000"
        << "000001795680000000-0000000012-console-01a216de-5800-7000-8000-000000000000";
}

void TestHlcTimestamp::encoding()
{
    QFETCH(qint64, physical);
    QFETCH(uint, logical);
    QFETCH(QString, node);
    QFETCH(QString, text);

    const HlcTimestamp stamp {physical, logical, node.toStdString()};
    QCOMPARE(qs(stamp.toString()), text);
    const auto parsed = HlcTimestamp::parse(text.toStdString());
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value(), stamp);
}

void TestHlcTimestamp::textSortsLikeTimestamps()
{
    std::vector<HlcTimestamp> stamps {
        {1'795'680'000'000, 0, "b"},  {1'795'680'000'000, 0, "a"},   {1'795'680'000'000, 10, "a"},
        {1'795'680'000'000, 9, "zz"}, {1'795'680'000'001, 0, "a"},   {999, 4'000'000'000u, "a"},
        {1'795'680'000'000, 0, "ab"}, {100'000'000'000'000, 1, "A"}, {1'795'680'000'000, 2, "a"},
    };
    std::vector<HlcTimestamp> byValue = stamps;
    std::sort(byValue.begin(), byValue.end());
    std::vector<std::string> byText;
    for (const auto& stamp : stamps) {
        byText.push_back(stamp.toString());
    }
    std::sort(byText.begin(), byText.end());
    QCOMPARE(byText.size(), byValue.size());
    for (std::size_t i = 0; i < byValue.size(); ++i) {
        QCOMPARE(qs(byText[i]), qs(byValue[i].toString()));
    }
    QCOMPARE(byValue.front(), (HlcTimestamp {999, 4'000'000'000u, "a"}));
    QVERIFY((HlcTimestamp {5, 1, "a"}) < (HlcTimestamp {5, 1, "b"}));
    QVERIFY((HlcTimestamp {5, 1, "z"}) < (HlcTimestamp {5, 2, "a"}));
    QVERIFY((HlcTimestamp {5, 9, "z"}) < (HlcTimestamp {6, 0, "a"}));
}

void TestHlcTimestamp::parseRejects_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << "";
    QTest::newRow("no node") << "000001764144000000-0000000003-";
    QTest::newRow("short physical") << "1764144000000-0000000003-node";
    QTest::newRow("letters in physical") << "00000176414400000x-0000000003-node";
    QTest::newRow("logical above uint32") << "000001764144000000-4294967296-node";
    QTest::newRow("wrong separator") << "000001764144000000_0000000003_node";
    QTest::newRow("space in node") << "000001764144000000-0000000003-no de";
    QTest::newRow("slash in node") << "000001764144000000-0000000003-../etc";
    QTest::newRow("node too long") << "000001764144000000-0000000003-" + QString(65, QLatin1Char('n'));
}

void TestHlcTimestamp::parseRejects()
{
    QFETCH(QString, text);

    const auto parsed = HlcTimestamp::parse(text.toStdString(), "mutations[0].hlc");
    QVERIFY2(!parsed.ok(), "garbage was accepted");
    QCOMPARE(codeName(parsed.error().code), QStringLiteral("invalid_argument"));
    QCOMPARE(qs(parsed.error().field), QStringLiteral("mutations[0].hlc"));
}

void TestHlcTimestamp::nodeIds_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<bool>("valid");

    QTest::newRow("simple") << "server-1" << true;
    QTest::newRow("dotted with colon") << "site.clinic:7" << true;
    QTest::newRow("64 characters") << QString(64, QLatin1Char('a')) << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("65 characters") << QString(65, QLatin1Char('a')) << false;
    QTest::newRow("umlaut") << QString::fromUtf8("m\xc3\xbcnchen") << false;
    QTest::newRow("slash") << "a/b" << false;
}

void TestHlcTimestamp::nodeIds()
{
    QFETCH(QString, node);
    QFETCH(bool, valid);

    QCOMPARE(hss::isValidHlcNodeId(node.toStdString()), valid);
}

QTEST_GUILESS_MAIN(TestHlcTimestamp)
#include "TestHlcTimestamp.moc"
