// SPDX-License-Identifier: MIT
#include <QtTest>
#include <algorithm>
#include <optional>
#include <string>

#include "auth/PasswordHasher.h"

using hss::ErrorCode;
using hss::server::PasswordHasher;

namespace {

// Cheap enough for many hashes per test run; the defaults are checked separately.
const PasswordHasher::Parameters cheap {1, 8 * 1024 * 1024};
const std::string rightPassword = "correct horse battery staple";

} // namespace

class TestPasswordHasher final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultHashIsArgon2idWithOwaspParameters();
    void verify_data();
    void verify();
    void unusableHashesNeverVerify_data();
    void unusableHashesNeverVerify();
    void saltMakesEveryHashDifferent();
    void needsRehash_data();
    void needsRehash();
    void policy_data();
    void policy();
    void tooCheapParametersAreRefused();
    void dummyVerifyCostsLikeAWrongPassword();

private:
    std::optional<PasswordHasher> m_hasher;
    std::string m_hash;
};

void TestPasswordHasher::initTestCase()
{
    m_hasher.emplace(cheap);
    m_hash = m_hasher->hash(rightPassword);
}

void TestPasswordHasher::defaultHashIsArgon2idWithOwaspParameters()
{
    const PasswordHasher hasher;
    const std::string hash = hasher.hash(rightPassword);
    QVERIFY2(hash.rfind("$argon2id$", 0) == 0, hash.c_str());
    QVERIFY2(hash.find("$m=65536,t=3,p=1$") != std::string::npos, hash.c_str());
    QVERIFY(hasher.verify(rightPassword, hash));
    QVERIFY(!hasher.needsRehash(hash));
}

void TestPasswordHasher::verify_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<bool>("matches");

    QTest::newRow("the right password") << QByteArray::fromStdString(rightPassword) << true;
    QTest::newRow("another password") << QByteArray("correct horse battery stapler") << false;
    QTest::newRow("changed case") << QByteArray("Correct horse battery staple") << false;
    QTest::newRow("trailing space") << QByteArray::fromStdString(rightPassword + " ") << false;
    QTest::newRow("a prefix") << QByteArray("correct horse") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("with a NUL inside") << QByteArray::fromStdString(rightPassword + std::string(1, '\0') + "x")
                                       << false;
}

void TestPasswordHasher::verify()
{
    QFETCH(QByteArray, password);
    QFETCH(bool, matches);
    QCOMPARE(m_hasher->verify(std::string_view(password.constData(), password.size()), m_hash), matches);
}

void TestPasswordHasher::unusableHashesNeverVerify_data()
{
    QTest::addColumn<QByteArray>("hash");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("not a hash at all");
    QTest::newRow("truncated") << QByteArray::fromStdString(m_hash.substr(0, m_hash.size() / 2));
    QTest::newRow("last character changed")
        << QByteArray::fromStdString(m_hash.substr(0, m_hash.size() - 1) + (m_hash.back() == 'A' ? "B" : "A"));
    QTest::newRow("longer than any hash") << QByteArray(1000, '$');
    QTest::newRow("NUL inside") << QByteArray::fromStdString(m_hash + std::string(1, '\0'));
}

void TestPasswordHasher::unusableHashesNeverVerify()
{
    QFETCH(QByteArray, hash);
    QVERIFY(!m_hasher->verify(rightPassword, std::string_view(hash.constData(), hash.size())));
}

void TestPasswordHasher::saltMakesEveryHashDifferent()
{
    const std::string again = m_hasher->hash(rightPassword);
    QVERIFY(again != m_hash);
    QVERIFY(m_hasher->verify(rightPassword, again));
}

void TestPasswordHasher::needsRehash_data()
{
    QTest::addColumn<qulonglong>("opsLimit");
    QTest::addColumn<qulonglong>("memLimit");
    QTest::addColumn<bool>("expected");

    QTest::newRow("same parameters") << qulonglong(cheap.opsLimit) << qulonglong(cheap.memLimitBytes) << false;
    QTest::newRow("more passes") << qulonglong(cheap.opsLimit + 1) << qulonglong(cheap.memLimitBytes) << true;
    QTest::newRow("more memory") << qulonglong(cheap.opsLimit) << qulonglong(cheap.memLimitBytes * 2) << true;
    QTest::newRow("less memory") << qulonglong(cheap.opsLimit) << qulonglong(cheap.memLimitBytes / 2) << true;
}

void TestPasswordHasher::needsRehash()
{
    QFETCH(qulonglong, opsLimit);
    QFETCH(qulonglong, memLimit);
    QFETCH(bool, expected);
    const PasswordHasher hasher({opsLimit, static_cast<std::size_t>(memLimit)});
    QCOMPARE(hasher.needsRehash(m_hash), expected);
    QVERIFY(hasher.verify(rightPassword, m_hash)); // old hashes keep working until they are replaced
    QVERIFY(hasher.needsRehash("garbage"));
}

void TestPasswordHasher::policy_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("messagePart");

    const int none = -1;
    QTest::newRow("12 characters") << QByteArray("abcdefghijkl") << true << none << QString();
    QTest::newRow("11 characters") << QByteArray("abcdefghijk") << false << int(ErrorCode::InvalidArgument)
                                   << "at least 12 characters";
    QTest::newRow("empty") << QByteArray() << false << int(ErrorCode::InvalidArgument) << "at least 12 characters";
    // 12 code points but 24 bytes: length counts characters, not bytes.
    QTest::newRow("12 non-ASCII characters") << QString(12, QChar(0x00E9)).toUtf8() << true << none << QString();
    QTest::newRow("6 two-byte characters are 12 bytes but too short")
        << QString(6, QChar(0x00E9)).toUtf8() << false << int(ErrorCode::InvalidArgument) << "at least 12";
    QTest::newRow("spaces only") << QByteArray(20, ' ') << false << int(ErrorCode::InvalidArgument) << "whitespace";
    QTest::newRow("mixed whitespace only")
        << QByteArray(" \t\n \t\n \t\n \t\n") << false << int(ErrorCode::InvalidArgument) << "whitespace";
    QTest::newRow("spaces inside a passphrase") << QByteArray("  a long passphrase  ") << true << none << QString();
    QTest::newRow("1024 bytes") << QByteArray(1024, 'x') << true << none << QString();
    QTest::newRow("1025 bytes") << QByteArray(1025, 'x') << false << int(ErrorCode::TooLong) << "at most 1024 bytes";
    QTest::newRow("invalid UTF-8") << QByteArray("abcdefghijkl\xff") << false << int(ErrorCode::InvalidEncoding)
                                   << "UTF-8";
}

void TestPasswordHasher::policy()
{
    QFETCH(QByteArray, password);
    QFETCH(bool, accepted);
    QFETCH(int, code);
    QFETCH(QString, messagePart);
    const hss::Status status = PasswordHasher::checkPolicy(std::string_view(password.constData(), password.size()));
    QCOMPARE(status.ok(), accepted);
    if (!accepted) {
        QCOMPARE(int(status.error().code), code);
        QCOMPARE(status.error().field, std::string("password"));
        const QString message = QString::fromStdString(status.error().message);
        QVERIFY2(message.contains(messagePart), qPrintable(message));
    }
}

void TestPasswordHasher::tooCheapParametersAreRefused()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PasswordHasher({0, cheap.memLimitBytes}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PasswordHasher({1, 1024}));
}

void TestPasswordHasher::dummyVerifyCostsLikeAWrongPassword()
{
    // Equal cost by construction rather than by stopwatch: the dummy hash is an Argon2id hash with exactly the
    // parameters of a real one (needsRehash() would say otherwise), and dummyVerify() runs the full verification.
    const PasswordHasher hasher(cheap);
    const std::string real = hasher.hash(rightPassword);
    QVERIFY(hasher.dummyHash().starts_with("$argon2id$"));
    QVERIFY(!hasher.needsRehash(hasher.dummyHash()));
    QCOMPARE(hasher.dummyHash().substr(0, hasher.dummyHash().rfind('$', hasher.dummyHash().rfind('$') - 1)),
             real.substr(0, real.rfind('$', real.rfind('$') - 1)));
    QVERIFY(!hasher.verify(rightPassword, hasher.dummyHash()));
    hasher.dummyVerify(rightPassword); // must not throw or accept anything
    const PasswordHasher stronger({cheap.opsLimit + 1, cheap.memLimitBytes});
    QVERIFY(stronger.needsRehash(hasher.dummyHash()));
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "TestPasswordHasher.moc"
