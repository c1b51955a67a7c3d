// SPDX-License-Identifier: MIT
#include <QLocalServer>
#include <QtTest>
#include <chrono>

#include "core/security/DeviceKeychain.h"

using hss::client::DeviceKeychain;
using hss::client::KeyResult;
using hss::client::SecureBytes;
using namespace std::chrono_literals;

namespace {

// A service name of its own, so the test never touches the console's real entries.
const QString testService = QStringLiteral("hss-console-test");
const QString server = QStringLiteral("https://host:8443");
const QString user = QStringLiteral("alice");

template <class T>
QString outcome(const KeyResult<T>& result)
{
    return result.ok() ? QStringLiteral("ok") : hss::client::keyErrorName(result.error());
}

} // namespace

class TestDeviceKeychain final : public QObject
{
    Q_OBJECT

private slots:
    void entryNameKeepsServerAndUserApart_data();
    void entryNameKeepsServerAndUserApart();
    void storeRefusesEmptyKey();
    void roundTripThroughSecretService();
    void unavailableWithoutDbusSession();
    void timesOutWhenTheBusNeverAnswers();
};

void TestDeviceKeychain::entryNameKeepsServerAndUserApart_data()
{
    QTest::addColumn<QString>("serverUrl");
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain user") << server << user << QStringLiteral("kek:https://host:8443 alice");
    QTest::newRow("user name with a space")
        << server << QStringLiteral("a b") << QStringLiteral("kek:https://host:8443 a b");
}

void TestDeviceKeychain::entryNameKeepsServerAndUserApart()
{
    QFETCH(QString, serverUrl);
    QFETCH(QString, userName);
    QFETCH(QString, expected);
    QCOMPARE(DeviceKeychain::entryName(serverUrl, userName), expected);
}

void TestDeviceKeychain::storeRefusesEmptyKey()
{
    const DeviceKeychain keychain(testService, 5s);
    QCOMPARE(outcome(keychain.store(server, user, SecureBytes())), QStringLiteral("invalid_argument"));
}

void TestDeviceKeychain::roundTripThroughSecretService()
{
    // CMake sets this only in the registration that runs under dbus-run-session with an unlocked gnome-keyring;
    // there the round trip must pass for real, not skip.
    if (qEnvironmentVariable("HSS_TEST_SECRET_SERVICE") != QLatin1String("1")) {
        QSKIP("needs the dbus-run-session + gnome-keyring wrapper (ctest: TestDeviceKeychainSecretService)");
    }
    const DeviceKeychain keychain(testService, 20s);
    const SecureBytes kek = SecureBytes::random(32);
    QCOMPARE(outcome(keychain.forget(server, user)), QStringLiteral("ok")); // idempotent, entry may be absent

    QCOMPARE(outcome(keychain.store(server, user, kek)), QStringLiteral("ok"));
    auto loaded = keychain.load(server, user);
    QCOMPARE(outcome(loaded), QStringLiteral("ok"));
    QVERIFY(loaded.value() == kek);
    QCOMPARE(outcome(keychain.load(server, QStringLiteral("bob"))), QStringLiteral("missing"));

    const SecureBytes replacement = SecureBytes::random(32);
    QCOMPARE(outcome(keychain.store(server, user, replacement)), QStringLiteral("ok"));
    auto reloaded = keychain.load(server, user);
    QCOMPARE(outcome(reloaded), QStringLiteral("ok"));
    QVERIFY(reloaded.value() == replacement);

    QCOMPARE(outcome(keychain.forget(server, user)), QStringLiteral("ok"));
    QCOMPARE(outcome(keychain.load(server, user)), QStringLiteral("missing"));
}

void TestDeviceKeychain::unavailableWithoutDbusSession()
{
    if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")) {
        QSKIP("needs a process without a D-Bus session (ctest: TestDeviceKeychain)");
    }
    constexpr auto timeout = 5s;
    const DeviceKeychain keychain(testService, timeout);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(outcome(keychain.store(server, user, SecureBytes::random(32))), QStringLiteral("keychain_unavailable"));
    const auto loaded = keychain.load(server, user);
    QCOMPARE(outcome(loaded), QStringLiteral("keychain_unavailable"));
    qInfo("load without D-Bus: \"%s\"", qPrintable(loaded.failure().message));
    QCOMPARE(outcome(keychain.forget(server, user)), QStringLiteral("keychain_unavailable"));
    const auto elapsed = std::chrono::milliseconds(timer.elapsed());
    qInfo("three calls without D-Bus returned after %lld ms", static_cast<long long>(elapsed.count()));
    QVERIFY(elapsed < 3 * timeout + 2s);
}

void TestDeviceKeychain::timesOutWhenTheBusNeverAnswers()
{
    if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")) {
        QSKIP("needs a process without a D-Bus session (ctest: TestDeviceKeychain)");
    }
    // A "bus" that accepts the connection and never says a word: the keychain job cannot finish by itself.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QLocalServer silentBus;
    QVERIFY(silentBus.listen(dir.filePath(QStringLiteral("bus"))));
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(silentBus.fullServerName()));

    constexpr auto timeout = 1500ms;
    const DeviceKeychain keychain(testService, timeout);
    QElapsedTimer timer;
    timer.start();
    const auto loaded = keychain.load(server, user);
    const auto elapsed = std::chrono::milliseconds(timer.elapsed());
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QCOMPARE(outcome(loaded), QStringLiteral("keychain_unavailable"));
    qInfo("load against a silent bus: \"%s\" after %lld ms", qPrintable(loaded.failure().message),
          static_cast<long long>(elapsed.count()));
    QVERIFY(elapsed >= timeout - 100ms);
    QVERIFY(elapsed < timeout + 2s);
}

QTEST_GUILESS_MAIN(TestDeviceKeychain)
#include "TestDeviceKeychain.moc"
