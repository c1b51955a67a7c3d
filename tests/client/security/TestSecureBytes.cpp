// SPDX-License-Identifier: MIT
#include <QtTest>
#include <utility>

#include "core/security/SecureBytes.h"

using hss::client::SecureBytes;

namespace {

QByteArray toByteArray(const SecureBytes& bytes)
{
    return QByteArray(reinterpret_cast<const char*>(bytes.constData()), static_cast<qsizetype>(bytes.size()));
}

SecureBytes fromByteArray(const QByteArray& bytes)
{
    return SecureBytes(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

} // namespace

class TestSecureBytes final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultIsEmpty();
    void sizedBufferIsZeroFilled();
    void copiesSourceBytes();
    void randomKeysDiffer();
    void moveConstructionTransfersOwnership();
    void moveAssignmentReleasesOldBytes();
    void clearEmptiesTheBuffer();
    void cloneIsIndependent();
    void toHex_data();
    void toHex();
    void equality_data();
    void equality();
    void fromUtf8_data();
    void fromUtf8();
};

void TestSecureBytes::initTestCase()
{
    QVERIFY(hss::client::ensureSodium());
    QVERIFY(hss::client::ensureSodium()); // a second call is harmless
}

void TestSecureBytes::defaultIsEmpty()
{
    const SecureBytes bytes;
    QVERIFY(bytes.isEmpty());
    QCOMPARE(bytes.size(), std::size_t {0});
    QVERIFY(bytes.constData() == nullptr);
}

void TestSecureBytes::sizedBufferIsZeroFilled()
{
    const SecureBytes bytes(48);
    QCOMPARE(bytes.size(), std::size_t {48});
    QCOMPARE(toByteArray(bytes), QByteArray(48, '\0'));
}

void TestSecureBytes::copiesSourceBytes()
{
    const QByteArray source("\x00\x01secret\xff", 9);
    QCOMPARE(toByteArray(fromByteArray(source)), source);
}

void TestSecureBytes::randomKeysDiffer()
{
    const SecureBytes first = SecureBytes::random(32);
    const SecureBytes second = SecureBytes::random(32);
    QCOMPARE(first.size(), std::size_t {32});
    QVERIFY(first != second);
    QVERIFY(toByteArray(first) != QByteArray(32, '\0'));
}

void TestSecureBytes::moveConstructionTransfersOwnership()
{
    SecureBytes source = fromByteArray("key material");
    const unsigned char* memory = source.constData();
    SecureBytes target(std::move(source));
    QCOMPARE(target.constData(), memory);
    QCOMPARE(toByteArray(target), QByteArray("key material"));
    QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is what we test
    QVERIFY(source.constData() == nullptr);
}

void TestSecureBytes::moveAssignmentReleasesOldBytes()
{
    SecureBytes target = fromByteArray("old");
    SecureBytes source = fromByteArray("new value");
    target = std::move(source);
    QCOMPARE(toByteArray(target), QByteArray("new value"));
    QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move)
    SecureBytes& alias = target;
    target = std::move(alias); // self-move keeps the bytes
    QCOMPARE(toByteArray(target), QByteArray("new value"));
}

void TestSecureBytes::clearEmptiesTheBuffer()
{
    SecureBytes bytes = SecureBytes::random(32);
    bytes.clear();
    QVERIFY(bytes.isEmpty());
    QVERIFY(bytes.constData() == nullptr);
    bytes.clear();
    QVERIFY(bytes.isEmpty());
}

void TestSecureBytes::cloneIsIndependent()
{
    SecureBytes original = fromByteArray("abc");
    const SecureBytes copy = original.clone();
    QVERIFY(copy == original);
    QVERIFY(copy.constData() != original.constData());
    original.data()[0] = 'x';
    QCOMPARE(toByteArray(copy), QByteArray("abc"));
}

void TestSecureBytes::toHex_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty buffer gives empty text") << QByteArray() << QByteArray();
    QTest::newRow("single byte") << QByteArray("\x0f", 1) << QByteArray("0f");
    QTest::newRow("extremes and lowercase letters") << QByteArray("\x00\xff\xa0\x9b", 4) << QByteArray("00ffa09b");
    const QByteArray key = QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    QTest::newRow("32-byte SQLCipher key gives 64 characters") << key << key.toHex();
}

void TestSecureBytes::toHex()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const SecureBytes hex = fromByteArray(input).toHex();
    QCOMPARE(toByteArray(hex), expected);
    if (!hex.isEmpty()) {
        QCOMPARE(hex.constData()[hex.size()], static_cast<unsigned char>('\0')); // usable as a C string
    }
}

void TestSecureBytes::equality_data()
{
    QTest::addColumn<QByteArray>("left");
    QTest::addColumn<QByteArray>("right");
    QTest::addColumn<bool>("equal");
    QTest::newRow("same bytes") << QByteArray("0123456789") << QByteArray("0123456789") << true;
    QTest::newRow("last byte differs") << QByteArray("0123456789") << QByteArray("012345678X") << false;
    QTest::newRow("first byte differs") << QByteArray("0123456789") << QByteArray("X123456789") << false;
    QTest::newRow("prefix is not equal") << QByteArray("0123456789") << QByteArray("01234") << false;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("empty against non-empty") << QByteArray() << QByteArray("a") << false;
}

void TestSecureBytes::equality()
{
    QFETCH(QByteArray, left);
    QFETCH(QByteArray, right);
    QFETCH(bool, equal);
    QCOMPARE(fromByteArray(left) == fromByteArray(right), equal);
    QCOMPARE(fromByteArray(right) == fromByteArray(left), equal);
}

void TestSecureBytes::fromUtf8_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ASCII password") << QStringLiteral("correct horse battery staple");
    QTest::newRow("accented letters") << QStringLiteral("pässwörd-é");
    QTest::newRow("characters outside the BMP") << QStringLiteral("key \U0001F511 lock \U0001F512");
    QTest::newRow("empty text") << QString();
}

void TestSecureBytes::fromUtf8()
{
    QFETCH(QString, text);
    const SecureBytes bytes = SecureBytes::fromUtf8(text);
    QCOMPARE(toByteArray(bytes), text.toUtf8());
}

QTEST_GUILESS_MAIN(TestSecureBytes)
#include "TestSecureBytes.moc"
