// SPDX-License-Identifier: MIT
// ConsoleSession against the real hss-server: online sign-in opens the user's store and syncs, each failure gets its
// own message, lock and unlock, and offline sign-in once the server is gone.
#include <QtTest>

#include "DemoSeed.h"
#include "ServerProcess.h"
#include "core/ConsoleSession.h"
#include "core/TicketQueueService.h"
#include "hss/StdRandomSource.h"
#include "hss/SystemClock.h"
#include "sync/SyncEngine.h"

using namespace hss::client;

namespace {

template <class T>
std::optional<T> await(QFuture<T> future, int timeoutMs = 60000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!future.isFinished() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return future.isFinished() ? std::optional<T>(future.result()) : std::nullopt;
}

} // namespace

class TestConsoleSession final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void signInOnlineOpensStoreAndSyncs();
    void wrongPasswordIsRefused();
    void totpIsAskedForThenAccepted();
    void untrustedCertificateIsNamed();
    void repeatedFailuresAreThrottled();
    void lockClosesStoreAndUnlockReopens();
    void queueViewsAndSearch();
    void offlineSignInWithThisDevicesStore();

private:
    SignInRequest request(const QString& user, const QString& password = QString()) const;
    std::unique_ptr<ConsoleSession> newSession();
    QString totpCode() const;

    std::unique_ptr<hss::test::TestCertificates> m_certificates;
    std::unique_ptr<hss::test::TestCertificates> m_otherCa;
    std::unique_ptr<hss::test::ServerProcess> m_server;
    hss::test::DemoAccounts m_accounts;
    QTemporaryDir m_data;
    hss::SystemClock m_clock;
    hss::StdRandomSource m_random;
    std::unique_ptr<ConsoleSession> m_session;
    QString m_serverUrl;
};

void TestConsoleSession::initTestCase()
{
    m_certificates = std::make_unique<hss::test::TestCertificates>();
    QVERIFY2(m_certificates->isValid(), qPrintable(m_certificates->error()));
    m_otherCa = std::make_unique<hss::test::TestCertificates>();
    QVERIFY2(m_otherCa->isValid(), qPrintable(m_otherCa->error()));
    m_server = std::make_unique<hss::test::ServerProcess>(*m_certificates);
    QString error;
    m_accounts = hss::test::seedDemo(*m_server, *m_certificates, &error);
    QVERIFY2(m_accounts.passwords.contains(QStringLiteral("amir")), qPrintable(error));
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_serverUrl = m_server->baseUrl();
}

void TestConsoleSession::init()
{
    m_session = newSession();
}

std::unique_ptr<ConsoleSession> TestConsoleSession::newSession()
{
    auto session = std::make_unique<ConsoleSession>(m_clock, m_random, m_data.path());
    session->setSyncRetryDelays(std::chrono::milliseconds(200), std::chrono::seconds(1));
    return session;
}

SignInRequest TestConsoleSession::request(const QString& user, const QString& password) const
{
    SignInRequest r;
    r.serverUrl = QUrl(m_serverUrl);
    r.caCertificateFile = m_certificates->caFile();
    r.userName = user;
    r.password = password.isNull() ? m_accounts.passwords.value(user) : password;
    return r;
}

QString TestConsoleSession::totpCode() const
{
    QProcess oathtool;
    oathtool.start(QStringLiteral("oathtool"),
                   {QStringLiteral("--totp"), QStringLiteral("-b"), m_accounts.adminTotpSecret});
    if (!oathtool.waitForFinished(10000) || oathtool.exitCode() != 0) {
        return {};
    }
    return QString::fromLatin1(oathtool.readAllStandardOutput()).trimmed();
}

void TestConsoleSession::signInOnlineOpensStoreAndSyncs()
{
    QSignalSpy opened(m_session.get(), &ConsoleSession::opened);
    const auto outcome = await(m_session->signIn(request(QStringLiteral("amir"))));
    QVERIFY(outcome);
    QVERIFY2(outcome->code == SignInOutcome::Code::Online, qPrintable(outcome->message));
    QCOMPARE(m_session->state(), ConsoleSession::State::Online);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(QString::fromStdString(m_session->user().username), QStringLiteral("amir"));
    QVERIFY(m_session->worker() != nullptr);
    QVERIFY(m_session->changes() != nullptr);
    QVERIFY(m_session->engine() != nullptr && m_session->engine()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->syncStatus().initialSyncDone, 60000);
    QCOMPARE(m_session->syncStatus().state, SyncStatus::State::Online);
    // The store lives in this user's own folder, with its wrapped key beside it.
    const QString folder = ConsoleSession::storeFolder(m_data.path(), QUrl(m_serverUrl), QStringLiteral("amir"));
    QVERIFY(QFile::exists(folder + QStringLiteral("/store.db")));
    QVERIFY(QFile::exists(folder + QStringLiteral("/store.key")));
    QVERIFY(folder != ConsoleSession::storeFolder(m_data.path(), QUrl(m_serverUrl), QStringLiteral("sofia")));
    m_session->signOut();
    QCOMPARE(m_session->state(), ConsoleSession::State::SignedOut);
    QVERIFY(m_session->worker() == nullptr);
}

void TestConsoleSession::wrongPasswordIsRefused()
{
    const auto outcome = await(m_session->signIn(request(QStringLiteral("amir"), QStringLiteral("not-the-password"))));
    QVERIFY(outcome);
    QCOMPARE(outcome->code, SignInOutcome::Code::WrongCredentials);
    QVERIFY2(outcome->message.contains(QStringLiteral("Wrong user name or password")), qPrintable(outcome->message));
    QCOMPARE(m_session->state(), ConsoleSession::State::SignedOut);
    QVERIFY(m_session->worker() == nullptr);
    // No store was made for a refused sign-in.
    QVERIFY(!QFile::exists(ConsoleSession::storeFolder(m_data.path(), QUrl(m_serverUrl), QStringLiteral("chen"))
                           + QStringLiteral("/store.key")));
}

void TestConsoleSession::totpIsAskedForThenAccepted()
{
    auto outcome = await(m_session->signIn(request(QStringLiteral("admin"))));
    QVERIFY(outcome);
    QCOMPARE(outcome->code, SignInOutcome::Code::TotpRequired);
    QVERIFY2(outcome->message.contains(QStringLiteral("authenticator")), qPrintable(outcome->message));
    SignInRequest withCode = request(QStringLiteral("admin"));
    withCode.totpCode = totpCode();
    QVERIFY2(!withCode.totpCode.isEmpty(), "oathtool (oath-toolkit) is needed");
    outcome = await(m_session->signIn(withCode));
    QVERIFY(outcome);
    QVERIFY2(outcome->code == SignInOutcome::Code::Online, qPrintable(outcome->message));
    m_session->signOut();
}

void TestConsoleSession::untrustedCertificateIsNamed()
{
    SignInRequest r = request(QStringLiteral("amir"));
    r.caCertificateFile = m_otherCa->caFile();
    const auto outcome = await(m_session->signIn(r));
    QVERIFY(outcome);
    QCOMPARE(outcome->code, SignInOutcome::Code::Certificate);
    QVERIFY2(outcome->message.contains(QStringLiteral("certificate is not trusted or has expired")),
             qPrintable(outcome->message));
    // An untrusted server never falls back to the local copy, even though amir has one on this device.
    QCOMPARE(m_session->state(), ConsoleSession::State::SignedOut);
}

void TestConsoleSession::repeatedFailuresAreThrottled()
{
    std::optional<SignInOutcome> outcome;
    for (int attempt = 0; attempt < 20; ++attempt) {
        outcome = await(m_session->signIn(request(QStringLiteral("grace"), QStringLiteral("wrong-%1").arg(attempt))));
        QVERIFY(outcome);
        if (outcome->code != SignInOutcome::Code::WrongCredentials) {
            break;
        }
    }
    QCOMPARE(outcome->code, SignInOutcome::Code::Throttled);
    QVERIFY(outcome->retryAfter.has_value());
    QVERIFY(outcome->retryAfter->count() > 0);
    QVERIFY2(outcome->message.contains(QStringLiteral("locked for now")), qPrintable(outcome->message));
}

void TestConsoleSession::lockClosesStoreAndUnlockReopens()
{
    auto outcome = await(m_session->signIn(request(QStringLiteral("sofia"))));
    QVERIFY(outcome && outcome->code == SignInOutcome::Code::Online);
    QSignalSpy closing(m_session.get(), &ConsoleSession::aboutToClose);
    m_session->lock();
    QCOMPARE(m_session->state(), ConsoleSession::State::Locked);
    QCOMPARE(closing.count(), 1);
    QVERIFY(m_session->worker() == nullptr);
    QVERIFY(m_session->engine() == nullptr);

    auto unlocked = await(m_session->unlock(QStringLiteral("wrong")));
    QVERIFY(unlocked);
    QCOMPARE(unlocked->code, UnlockOutcome::Code::WrongPassword);
    QCOMPARE(m_session->state(), ConsoleSession::State::Locked);

    unlocked = await(m_session->unlock(m_accounts.passwords.value(QStringLiteral("sofia"))));
    QVERIFY(unlocked);
    QCOMPARE(unlocked->code, UnlockOutcome::Code::Unlocked);
    QCOMPARE(m_session->state(), ConsoleSession::State::Online);
    QVERIFY(m_session->engine() != nullptr && m_session->engine()->isRunning());
    m_session->signOut();
}

void TestConsoleSession::queueViewsAndSearch()
{
    TicketQueueService queue(*m_session);
    queue.setRefreshDelay(50);
    auto outcome = await(m_session->signIn(request(QStringLiteral("sofia"))));
    QVERIFY(outcome && outcome->code == SignInOutcome::Code::Online);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->syncStatus().initialSyncDone, 60000);
    queue.reload();
    QTRY_VERIFY(queue.totalCount() > 0);
    const qint64 allOpen = queue.totalCount();
    QVERIFY(!queue.rows().empty());

    queue.setView(TicketQuery::View::MedicalEmergencies);
    QTRY_VERIFY(queue.totalCount() >= 0);
    QVERIFY(queue.totalCount() > 0);
    QVERIFY(queue.totalCount() < allOpen);
    for (const QueueEntry& entry : queue.rows()) {
        QVERIFY(entry.ticket.priority == hss::Priority::Emergency);
    }

    queue.setView(TicketQuery::View::AllOpen);
    QTRY_VERIFY(queue.totalCount() >= 0);
    const std::string title = queue.rows().front().ticket.title;
    queue.setSearch(QString::fromStdString(title));
    QTRY_VERIFY(queue.totalCount() >= 0);
    QVERIFY(queue.totalCount() >= 1);
    for (const QueueEntry& entry : queue.rows()) {
        QCOMPARE(entry.ticket.title, title);
    }
    m_session->signOut();
    QCOMPARE(queue.totalCount(), qint64(-1));
}

void TestConsoleSession::offlineSignInWithThisDevicesStore()
{
    // amir signed in on this device in the first test; sofia too. Then the server goes away.
    m_server->stop();
    auto outcome = await(m_session->signIn(request(QStringLiteral("amir"), QStringLiteral("wrong"))));
    QVERIFY(outcome);
    QCOMPARE(outcome->code, SignInOutcome::Code::WrongCredentials);

    outcome = await(m_session->signIn(request(QStringLiteral("maria"))));
    QVERIFY(outcome);
    QCOMPARE(outcome->code, SignInOutcome::Code::Unreachable);
    QVERIFY2(outcome->message.contains(QStringLiteral("Working offline needs one sign-in on this device")),
             qPrintable(outcome->message));

    QSignalSpy status(m_session.get(), &ConsoleSession::syncStatusChanged);
    outcome = await(m_session->signIn(request(QStringLiteral("amir"))));
    QVERIFY(outcome);
    QVERIFY2(outcome->code == SignInOutcome::Code::Offline, qPrintable(outcome->message));
    QVERIFY2(outcome->message.contains(QStringLiteral("Working offline")), qPrintable(outcome->message));
    QCOMPARE(m_session->state(), ConsoleSession::State::Offline);
    QVERIFY(m_session->worker() != nullptr);
    // The profile saved at the online sign-in tells who this is, without the server.
    QCOMPARE(QString::fromStdString(m_session->user().username), QStringLiteral("amir"));
    QVERIFY(!m_session->user().id.isNil());
    QCOMPARE(m_session->syncStatus().state, SyncStatus::State::Offline);
    QVERIFY(m_session->syncStatus().offlineSinceMs.has_value());
    QVERIFY(status.count() >= 1);

    // The server comes back on the same port: the background sign-in starts syncing again.
    m_server->setEnvironmentValue(QStringLiteral("HSS_PORT"), QString::number(QUrl(m_serverUrl).port()));
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), ConsoleSession::State::Online, 30000);
    QVERIFY(m_session->engine() != nullptr);
    m_session->signOut();
}

QTEST_GUILESS_MAIN(TestConsoleSession)
#include "TestConsoleSession.moc"
