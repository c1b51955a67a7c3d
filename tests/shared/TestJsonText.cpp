// SPDX-License-Identifier: MIT
#include <QtTest>

#include "TestSupport.h"
#include "hss/JsonText.h"

using hss::test::codeName;
using hss::test::qs;

namespace {

hss::Result<int> decodeAnswer(const nlohmann::json& json)
{
    if (!json.is_object() || !json.contains("answer") || !json["answer"].is_number_integer()) {
        return hss::Error {hss::ErrorCode::WrongType, "answer", "expected an integer"};
    }
    return json["answer"].get<int>();
}

} // namespace

class TestJsonText final : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidText_data();
    void parsesValidText();
    void rejectsMalformedText_data();
    void rejectsMalformedText();
    void depthLimit();
    void toJsonTextNeverThrows();
    void decodeJsonTextChains();
};

void TestJsonText::parsesValidText_data()
{
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("object") << QByteArray(R"({"a": [1, 2, {"b": null}]})");
    QTest::newRow("brackets inside strings do not count as depth") << QByteArray(R"({"a": "[[[[[[[[[[[[[["})");
    QTest::newRow("escaped quote in string") << QByteArray(R"({"a": "x\"[[[["})");
    QTest::newRow("unicode escape") << QByteArray(R"("\u00fc")");
    QTest::newRow("utf-8 text") << QByteArray("\"M\xc3\xbcller\"");
}

void TestJsonText::parsesValidText()
{
    QFETCH(QByteArray, text);

    const auto parsed = hss::parseJsonText(text.toStdString());
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : hss::describe(parsed.error()).c_str());
}

void TestJsonText::rejectsMalformedText_data()
{
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("truncated object") << QByteArray(R"({"title": )");
    QTest::newRow("trailing comma") << QByteArray(R"({"a": 1,})");
    QTest::newRow("single quotes") << QByteArray("{'a': 1}");
    QTest::newRow("comment") << QByteArray("{} // note");
    QTest::newRow("two documents") << QByteArray("{} {}");
    QTest::newRow("invalid UTF-8 in string") << QByteArray("{\"a\": \"\xc3\x28\"}");
    QTest::newRow("NaN literal") << QByteArray(R"({"a": NaN})");
    QTest::newRow("nesting deeper than 64") << QByteArray(65, '[') + QByteArray(65, ']');
}

void TestJsonText::rejectsMalformedText()
{
    QFETCH(QByteArray, text);

    const auto parsed = hss::parseJsonText(std::string_view(text.constData(), std::size_t(text.size())));
    QVERIFY2(!parsed.ok(), "malformed text was accepted");
    QCOMPARE(codeName(parsed.error().code), QStringLiteral("malformed_json"));
    QCOMPARE(qs(parsed.error().field), QString());
    QVERIFY(!parsed.error().message.empty());
}

void TestJsonText::depthLimit()
{
    const std::string sixtyFour = std::string(64, '[') + std::string(64, ']');
    QVERIFY(hss::parseJsonText(sixtyFour).ok());
    QVERIFY(!hss::parseJsonText(sixtyFour, 63).ok());
    const std::string huge = std::string(100'000, '[') + std::string(100'000, ']');
    QVERIFY(!hss::parseJsonText(huge).ok());
}

void TestJsonText::toJsonTextNeverThrows()
{
    const nlohmann::json json {{"name", std::string("bad \xc3\x28 byte")}};
    const std::string text = hss::toJsonText(json);
    QVERIFY(hss::parseJsonText(text).ok());
    QCOMPARE(qs(hss::toJsonText(nlohmann::json {{"a", 1}})), QStringLiteral(R"({"a":1})"));
}

void TestJsonText::decodeJsonTextChains()
{
    const auto ok = hss::decodeJsonText<int>(R"({"answer": 42})", &decodeAnswer);
    QVERIFY(ok.ok());
    QCOMPARE(ok.value(), 42);
    const auto malformed = hss::decodeJsonText<int>(R"({"answer": )", &decodeAnswer);
    QCOMPARE(codeName(malformed.error().code), QStringLiteral("malformed_json"));
    const auto wrong = hss::decodeJsonText<int>(R"({"answer": "42"})", &decodeAnswer);
    QCOMPARE(codeName(wrong.error().code), QStringLiteral("wrong_type"));
    QCOMPARE(qs(wrong.error().field), QStringLiteral("answer"));
}

QTEST_GUILESS_MAIN(TestJsonText)
#include "TestJsonText.moc"
