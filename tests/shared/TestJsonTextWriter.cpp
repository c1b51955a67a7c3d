// SPDX-License-Identifier: MIT
#include <QtTest>
#include <limits>

#include "hss/JsonText.h"
#include "hss/JsonTextWriter.h"

using nlohmann::json;

class TestJsonTextWriter final : public QObject
{
    Q_OBJECT

private slots:
    void sameTextAsTheDom();
    void stringsEscapedLikeTheDom_data();
    void stringsEscapedLikeTheDom();
    void takeTextEmptiesTheWriter();
};

void TestJsonTextWriter::sameTextAsTheDom()
{
    hss::JsonTextWriter out;
    out.beginObject();
    out.key("a");
    out.beginArray();
    out.integer(std::numeric_limits<std::int64_t>::min());
    out.integer(0);
    out.integer(std::numeric_limits<std::int64_t>::max());
    out.boolean(true);
    out.boolean(false);
    out.null();
    out.beginArray();
    out.endArray();
    out.beginObject();
    out.endObject();
    out.endArray();
    out.key("b");
    out.value(json {{"z", 1}, {"y", json::array({"x", nullptr})}});
    out.key("c");
    out.string("");
    out.endObject();

    const json dom {
        {"a",
         json::array({std::numeric_limits<std::int64_t>::min(), 0, std::numeric_limits<std::int64_t>::max(), true,
                      false, nullptr, json::array(), json::object()})},
        {"b", {{"z", 1}, {"y", json::array({"x", nullptr})}}},
        {"c", ""},
    };
    QCOMPARE(QString::fromStdString(out.text()), QString::fromStdString(hss::toJsonText(dom)));
}

void TestJsonTextWriter::stringsEscapedLikeTheDom_data()
{
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("plain ascii") << QByteArray("Dose calculator");
    QTest::newRow("quote and backslash") << QByteArray(R"(say "no" to C:\temp)");
    QTest::newRow("named control characters") << QByteArray("a\nb\tc\rd\be\ff");
    QTest::newRow("other control characters") << QByteArray("\x01\x1f", 2);
    QTest::newRow("nul") << QByteArray("a\0b", 3);
    QTest::newRow("delete and slash") << QByteArray("\x7f/");
    QTest::newRow("utf-8") << QByteArray("µg Jürgen Weiß 日本 😀");
    QTest::newRow("utf-8 with escapes") << QByteArray("Patient \"Zoë\"\nSpO₂ 82 %\t\x02 ↓ C:\\ward\\3\n");
    QTest::newRow("invalid utf-8") << QByteArray("bad \xff byte and \xc3 cut");
    QTest::newRow("overlong utf-8") << QByteArray("\xc0\xaf");
}

void TestJsonTextWriter::stringsEscapedLikeTheDom()
{
    QFETCH(QByteArray, text);

    const std::string value(text.constData(), static_cast<std::size_t>(text.size()));
    hss::JsonTextWriter out;
    out.beginObject();
    out.key(value);
    out.string(value);
    out.endObject();
    QCOMPARE(QByteArray::fromStdString(out.text()), QByteArray::fromStdString(hss::toJsonText(json {{value, value}})));
}

void TestJsonTextWriter::takeTextEmptiesTheWriter()
{
    hss::JsonTextWriter out;
    out.beginArray();
    out.integer(1);
    out.endArray();
    QCOMPARE(QString::fromStdString(out.takeText()), QStringLiteral("[1]"));
    QVERIFY(out.text().empty());
    out.beginArray();
    out.integer(2);
    out.endArray();
    QCOMPARE(QString::fromStdString(out.text()), QStringLiteral("[2]"));
}

QTEST_GUILESS_MAIN(TestJsonTextWriter)
#include "TestJsonTextWriter.moc"
