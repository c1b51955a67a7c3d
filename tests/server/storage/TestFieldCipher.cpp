// SPDX-License-Identifier: MIT
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "security/FieldCipher.h"
#include <sys/stat.h>

using hss::server::FieldCipher;
using hss::server::FieldCipherError;

namespace {

const std::string keyA = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
const std::string keyB = "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";

} // namespace

class TestFieldCipher final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void equalInputsGiveDifferentOutputs();
    void decryptFailsLoudly_data();
    void decryptFailsLoudly();
    void rejectsMalformedKeys_data();
    void rejectsMalformedKeys();
    void generatesKeyFileOnce();
    void refusesReadableKeyFile();
};

void TestFieldCipher::roundTrip_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("context");
    QTest::newRow("empty text") << QByteArray() << QByteArray();
    QTest::newRow("short text without context") << QByteArray("MC-2026-00042") << QByteArray();
    QTest::newRow("multi-line UTF-8 with context") << QByteArray("Patient \xc3\xa4\nline 2") << QByteArray("t:1");
    QTest::newRow("long text") << QByteArray(100000, 'x') << QByteArray("tickets.description:abc");
}

void TestFieldCipher::roundTrip()
{
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, context);
    const auto cipher = FieldCipher::fromHex(keyA);
    const std::string stored = cipher.encrypt(plaintext.toStdString(), context.toStdString());
    QVERIFY(stored.starts_with("v1:"));
    QVERIFY(plaintext.isEmpty() || stored.find(plaintext.toStdString()) == std::string::npos);
    QCOMPARE(cipher.decrypt(stored, context.toStdString()), plaintext.toStdString());
}

void TestFieldCipher::equalInputsGiveDifferentOutputs()
{
    const auto cipher = FieldCipher::fromHex(keyA);
    QVERIFY(cipher.encrypt("same") != cipher.encrypt("same"));
}

void TestFieldCipher::decryptFailsLoudly_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("wrong key") << QStringLiteral("key");
    QTest::newRow("flipped ciphertext byte") << QStringLiteral("flip");
    QTest::newRow("other associated data") << QStringLiteral("context");
    QTest::newRow("truncated value") << QStringLiteral("truncate");
    QTest::newRow("plaintext instead of v1 text") << QStringLiteral("plain");
    QTest::newRow("not base64") << QStringLiteral("garbage");
}

void TestFieldCipher::decryptFailsLoudly()
{
    QFETCH(QString, damage);
    const auto cipher = FieldCipher::fromHex(keyA);
    std::string stored = cipher.encrypt("secret patient note", "ctx");
    std::string context = "ctx";
    auto reader = cipher;
    if (damage == QStringLiteral("key")) {
        reader = FieldCipher::fromHex(keyB);
    } else if (damage == QStringLiteral("flip")) {
        // Change one base64 digit in the middle (the ciphertext part).
        char& c = stored[stored.size() / 2];
        c = c == 'A' ? 'B' : 'A';
    } else if (damage == QStringLiteral("context")) {
        context = "other";
    } else if (damage == QStringLiteral("truncate")) {
        stored = stored.substr(0, 12);
    } else if (damage == QStringLiteral("plain")) {
        stored = "secret patient note";
    } else {
        stored = "v1:@@@@";
    }
    QVERIFY_THROWS_EXCEPTION(FieldCipherError, reader.decrypt(stored, context));
}

void TestFieldCipher::rejectsMalformedKeys_data()
{
    QTest::addColumn<QString>("hex");
    QTest::newRow("too short") << QStringLiteral("0011");
    QTest::newRow("65 characters") << QString::fromStdString(keyA + "0");
    QTest::newRow("non-hex character") << QString::fromStdString("zz" + keyA.substr(2));
}

void TestFieldCipher::rejectsMalformedKeys()
{
    QFETCH(QString, hex);
    QVERIFY_THROWS_EXCEPTION(FieldCipherError, FieldCipher::fromHex(hex.toStdString()));
}

void TestFieldCipher::generatesKeyFileOnce()
{
    QTemporaryDir dir;
    const std::string data = dir.filePath(QStringLiteral("data")).toStdString();
    const auto first = FieldCipher::loadOrCreate("", data);
    const QString keyFile = dir.filePath(QStringLiteral("data/field-encryption.key"));
    QVERIFY(QFile::exists(keyFile));
    struct stat info
    {
    };
    QCOMPARE(::stat(keyFile.toLocal8Bit().constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600U);
    const auto second = FieldCipher::loadOrCreate("", data);
    QCOMPARE(second.decrypt(first.encrypt("kept")), std::string("kept"));
    // A configured key wins over the file.
    const auto configured = FieldCipher::loadOrCreate(keyA, data);
    QVERIFY_THROWS_EXCEPTION(FieldCipherError, configured.decrypt(first.encrypt("x")));
}

void TestFieldCipher::refusesReadableKeyFile()
{
    QTemporaryDir dir;
    const std::string data = dir.path().toStdString();
    (void)FieldCipher::loadOrCreate("", data);
    const QString keyFile = dir.filePath(QStringLiteral("field-encryption.key"));
    QVERIFY(QFile::setPermissions(keyFile, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    QVERIFY_THROWS_EXCEPTION(FieldCipherError, FieldCipher::loadOrCreate("", data));
}

QTEST_GUILESS_MAIN(TestFieldCipher)
#include "TestFieldCipher.moc"
