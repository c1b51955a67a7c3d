// SPDX-License-Identifier: MIT
#include <QtTest>
#include <set>
#include <string>

#include "auth/Totp.h"

using hss::server::Totp;
using hss::server::TotpFailure;
using hss::server::TotpMatch;
using hss::server::TotpVerification;

namespace {

// RFC 6238 appendix B: the SHA-1 seed "12345678901234567890" in base32.
const std::string rfcSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
constexpr std::int64_t nowMs = 1'800'000'010'000; // 10 s into a 30 s step

QString outcome(const TotpVerification& result)
{
    if (const auto* match = std::get_if<TotpMatch>(&result)) {
        return QStringLiteral("step %1").arg(match->step);
    }
    switch (std::get<TotpFailure>(result)) {
    case TotpFailure::Malformed:
        return QStringLiteral("malformed");
    case TotpFailure::WrongCode:
        return QStringLiteral("wrong code");
    case TotpFailure::Replayed:
        return QStringLiteral("replayed");
    }
    return {};
}

Totp::Settings withDigits(unsigned digits)
{
    Totp::Settings settings;
    settings.digits = digits;
    return settings;
}

} // namespace

class TestTotp final : public QObject
{
    Q_OBJECT

private slots:
    void rfc6238Sha1Vectors_data();
    void rfc6238Sha1Vectors();
    void window_data();
    void window();
    void replayIsRefused();
    void malformedInput_data();
    void malformedInput();
    void generatedSecretsAre160RandomBits();
    void provisioningUri_data();
    void provisioningUri();
    void invalidSettingsAreRefused();
};

void TestTotp::rfc6238Sha1Vectors_data()
{
    QTest::addColumn<qint64>("unixSeconds");
    QTest::addColumn<QString>("eightDigits");

    QTest::newRow("T=59") << qint64(59) << "94287082";
    QTest::newRow("T=1111111109") << qint64(1111111109) << "07081804";
    QTest::newRow("T=1111111111") << qint64(1111111111) << "14050471";
    QTest::newRow("T=1234567890") << qint64(1234567890) << "89005924";
    QTest::newRow("T=2000000000") << qint64(2000000000) << "69279037";
    QTest::newRow("T=20000000000 (after 2038)") << qint64(20000000000) << "65353130";
}

void TestTotp::rfc6238Sha1Vectors()
{
    QFETCH(qint64, unixSeconds);
    QFETCH(QString, eightDigits);
    const std::int64_t atMs = unixSeconds * 1000;

    const Totp eight(withDigits(8));
    QCOMPARE(QString::fromStdString(eight.generate(rfcSecret, atMs)), eightDigits);
    QCOMPARE(outcome(eight.verify(rfcSecret, eightDigits.toStdString(), atMs, std::nullopt)),
             QStringLiteral("step %1").arg(unixSeconds / 30));

    // Six digits are the same truncated value modulo 10^6, i.e. the last six of the eight.
    const Totp six;
    const QString sixDigits = eightDigits.right(6);
    QCOMPARE(QString::fromStdString(six.generate(rfcSecret, atMs)), sixDigits);
    QCOMPARE(outcome(six.verify(rfcSecret, sixDigits.toStdString(), atMs, std::nullopt)),
             QStringLiteral("step %1").arg(unixSeconds / 30));
}

void TestTotp::window_data()
{
    QTest::addColumn<int>("stepOffset");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("two steps early") << -2 << false;
    QTest::newRow("one step early") << -1 << true;
    QTest::newRow("current step") << 0 << true;
    QTest::newRow("one step late") << 1 << true;
    QTest::newRow("two steps late") << 2 << false;
}

void TestTotp::window()
{
    QFETCH(int, stepOffset);
    QFETCH(bool, accepted);
    const Totp totp;
    const std::int64_t step = totp.stepAt(nowMs);
    const std::string code = totp.generate(rfcSecret, nowMs + stepOffset * 30'000);
    const QString expected = accepted ? QStringLiteral("step %1").arg(step + stepOffset) : QStringLiteral("wrong code");
    QCOMPARE(outcome(totp.verify(rfcSecret, code, nowMs, std::nullopt)), expected);
}

void TestTotp::replayIsRefused()
{
    const Totp totp;
    const std::int64_t step = totp.stepAt(nowMs);
    const std::string code = totp.generate(rfcSecret, nowMs);

    QCOMPARE(outcome(totp.verify(rfcSecret, code, nowMs, step - 1)), QStringLiteral("step %1").arg(step));
    QCOMPARE(outcome(totp.verify(rfcSecret, code, nowMs, step)), QStringLiteral("replayed"));
    QCOMPARE(outcome(totp.verify(rfcSecret, code, nowMs + 20'000, step)), QStringLiteral("replayed"));

    // An older code still inside the window is refused once a later step was used.
    const std::string previous = totp.generate(rfcSecret, nowMs - 30'000);
    QCOMPARE(outcome(totp.verify(rfcSecret, previous, nowMs, step)), QStringLiteral("replayed"));

    // The next step's code is fine.
    const std::string next = totp.generate(rfcSecret, nowMs + 30'000);
    QCOMPARE(outcome(totp.verify(rfcSecret, next, nowMs + 30'000, step)), QStringLiteral("step %1").arg(step + 1));
}

void TestTotp::malformedInput_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("code");

    const QByteArray secret = QByteArray::fromStdString(rfcSecret);
    QTest::newRow("empty code") << secret << QByteArray();
    QTest::newRow("five digits") << secret << QByteArray("12345");
    QTest::newRow("seven digits") << secret << QByteArray("1234567");
    QTest::newRow("a letter") << secret << QByteArray("12a456");
    QTest::newRow("leading space") << secret << QByteArray(" 12345");
    QTest::newRow("non-ASCII digits") << secret << QString::fromUtf8("١٢٣٤٥٦").toUtf8();
    QTest::newRow("empty secret") << QByteArray() << QByteArray("123456");
    QTest::newRow("secret not base32") << QByteArray("not-base32!") << QByteArray("123456");
}

void TestTotp::malformedInput()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, code);
    const Totp totp;
    QCOMPARE(outcome(totp.verify(secret.toStdString(), code.toStdString(), nowMs, std::nullopt)),
             QStringLiteral("malformed"));
}

void TestTotp::generatedSecretsAre160RandomBits()
{
    const Totp totp;
    std::set<std::string> seen;
    const QRegularExpression base32(QStringLiteral("^[A-Z2-7]{32}$"));
    for (int i = 0; i < 50; ++i) {
        const std::string secret = Totp::generateSecret();
        QVERIFY2(base32.match(QString::fromStdString(secret)).hasMatch(), secret.c_str()); // 32 chars = 160 bits
        QVERIFY(seen.insert(secret).second);
        const std::string code = totp.generate(secret, nowMs);
        QCOMPARE(outcome(totp.verify(secret, code, nowMs, std::nullopt)),
                 QStringLiteral("step %1").arg(totp.stepAt(nowMs)));
    }
}

void TestTotp::provisioningUri_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << "HSS"
                           << "alice"
                           << "otpauth://totp/HSS:alice?secret=" + QString::fromStdString(rfcSecret)
            + "&issuer=HSS&algorithm=SHA1&digits=6&period=30";
    QTest::newRow("spaces, at sign and colon are encoded")
        << "HSS Clinic"
        << "alice@example.org:x"
        << "otpauth://totp/HSS%20Clinic:alice%40example.org%3Ax?secret=" + QString::fromStdString(rfcSecret)
            + "&issuer=HSS%20Clinic&algorithm=SHA1&digits=6&period=30";
    QTest::newRow("non-ASCII as UTF-8") << QString::fromUtf8("Klinik Zürich") << QString::fromUtf8("jürg&co")
                                        << "otpauth://totp/Klinik%20Z%C3%BCrich:j%C3%BCrg%26co?secret="
            + QString::fromStdString(rfcSecret) + "&issuer=Klinik%20Z%C3%BCrich&algorithm=SHA1&digits=6&period=30";
}

void TestTotp::provisioningUri()
{
    QFETCH(QString, issuer);
    QFETCH(QString, account);
    QFETCH(QString, expected);
    Totp::Settings settings;
    settings.issuer = issuer.toStdString();
    const Totp totp(settings);
    QCOMPARE(QString::fromStdString(totp.provisioningUri(account.toStdString(), rfcSecret)), expected);
}

void TestTotp::invalidSettingsAreRefused()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Totp(withDigits(5)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Totp(withDigits(9)));
    Totp::Settings noIssuer;
    noIssuer.issuer.clear();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Totp {noIssuer});
    Totp::Settings zeroPeriod;
    zeroPeriod.period = std::chrono::seconds {0};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Totp {zeroPeriod});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Totp().generate("not-base32!", nowMs));
}

QTEST_GUILESS_MAIN(TestTotp)
#include "TestTotp.moc"
