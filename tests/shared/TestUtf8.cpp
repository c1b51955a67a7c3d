// SPDX-License-Identifier: MIT
#include <QtTest>
#include <string>

#include "TestSupport.h"
#include "hss/Utf8.h"

class TestUtf8 final : public QObject
{
    Q_OBJECT

private slots:
    void length_data();
    void length();
};

void TestUtf8::length_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("expectedLength"); // -1: not valid UTF-8

    QTest::newRow("empty") << QByteArray("") << 0;
    QTest::newRow("ascii") << QByteArray("Ticket") << 6;
    QTest::newRow("two-byte umlaut") << QByteArray("M\xc3\xbcller") << 6;
    QTest::newRow("three-byte euro") << QByteArray("\xe2\x82\xac") << 1;
    QTest::newRow("four-byte emoji") << QByteArray("\xf0\x9f\x98\x80!") << 2;
    QTest::newRow("highest code point U+10FFFF") << QByteArray("\xf4\x8f\xbf\xbf") << 1;
    QTest::newRow("embedded NUL counts") << QByteArray("a\0b", 3) << 3;
    QTest::newRow("lone continuation byte") << QByteArray("\x80") << -1;
    QTest::newRow("truncated two-byte") << QByteArray("\xc3") << -1;
    QTest::newRow("truncated four-byte") << QByteArray("\xf0\x9f\x98") << -1;
    QTest::newRow("overlong slash C0 AF") << QByteArray("\xc0\xaf") << -1;
    QTest::newRow("overlong three-byte E0 80 AF") << QByteArray("\xe0\x80\xaf") << -1;
    QTest::newRow("overlong four-byte F0 80 80 AF") << QByteArray("\xf0\x80\x80\xaf") << -1;
    QTest::newRow("surrogate U+D800") << QByteArray("\xed\xa0\x80") << -1;
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << -1;
    QTest::newRow("F5 lead byte") << QByteArray("\xf5\x80\x80\x80") << -1;
    QTest::newRow("FF byte") << QByteArray("abc\xff") << -1;
    QTest::newRow("bad second continuation") << QByteArray("\xe2\x82\x41") << -1;
    QTest::newRow("latin-1 e acute") << QByteArray("caf\xe9") << -1;
}

void TestUtf8::length()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, expectedLength);

    const std::string_view text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    const auto length = hss::utf8Length(text);
    QCOMPARE(hss::isValidUtf8(text), expectedLength >= 0);
    QCOMPARE(length.has_value(), expectedLength >= 0);
    if (length) {
        QCOMPARE(static_cast<int>(*length), expectedLength);
    }
}

QTEST_GUILESS_MAIN(TestUtf8)
#include "TestUtf8.moc"
