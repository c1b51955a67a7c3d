// SPDX-License-Identifier: MIT
#include <QtTest>

#include "core/IdleLock.h"
#include "core/StoreSession.h"
#include "core/StoreWorker.h"
#include "hss/ManualClock.h"
#include "storage/TicketRepository.h"

using namespace hss::client;

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

UnlockOutcome wait(QFuture<UnlockOutcome> future)
{
    // The session delivers its result on this thread: spin the event loop until it has.
    QDeadlineTimer deadline(30000);
    while (!future.isFinished() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return future.isFinished() ? future.result()
                               : UnlockOutcome {UnlockOutcome::Code::Failed, QStringLiteral("timeout")};
}

hss::Ticket ticketTitled(const std::string& title)
{
    hss::Ticket t;
    t.id = hss::Uuid::createV7();
    t.title = title;
    t.requesterName = "Nurse Example";
    t.team = "tier1";
    t.createdAt = t.updatedAt = 1764144000000;
    return t;
}

} // namespace

class TestStoreSession final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void firstUnlockCreatesThenPasswordReopens();
    void wrongPasswordOpensNothing();
    void jobsRunOnTheWorkerThread();
    void idleTimeLocksAndClearsViews();
    void activityPostponesTheLock();
    void tamperedKeyFileOffersResyncAndTouchesNothing();
    void truncatedStoreOffersResync();
    void rekeyReencryptsAndSurvivesInterruption();
    void forgetDeviceDeletesTheWrappedKey();
    void rememberedDeviceKeyUnlocksWithoutPassword();

private:
    std::unique_ptr<StoreSession> makeSession();
    bool storeIsOpen(StoreSession& session);

    std::unique_ptr<QTemporaryDir> m_dir;
    hss::ManualClock m_clock {1764144000000};
};

void TestStoreSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<StoreSession> TestStoreSession::makeSession()
{
    return std::make_unique<StoreSession>(m_dir->filePath(QStringLiteral("store.db")),
                                          m_dir->filePath(QStringLiteral("store.key")),
                                          QStringLiteral("user=alice;server=https://hss.test"), m_clock);
}

bool TestStoreSession::storeIsOpen(StoreSession& session)
{
    auto future = session.worker()->run<bool>([](LocalStore& store) { return store.isOpen(); });
    future.waitForFinished();
    return future.result();
}

void TestStoreSession::firstUnlockCreatesThenPasswordReopens()
{
    const hss::Ticket ticket = ticketTitled("Dosage suggestion flagged by nurse");
    {
        auto session = makeSession();
        QSignalSpy unlocked(session.get(), &StoreSession::unlocked);
        const UnlockOutcome outcome = wait(session->unlock(QStringLiteral("correct horse battery")));
        QCOMPARE(outcome.code, UnlockOutcome::Code::Unlocked);
        QCOMPARE(unlocked.count(), 1);
        QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("store.key"))));
        auto saved = session->worker()->run<bool>(
            [ticket](LocalStore& store) { return !TicketRepository(store.database()).upsert(ticket).has_value(); });
        saved.waitForFinished();
        QVERIFY(saved.result());
        session->lock();
        QVERIFY(!storeIsOpen(*session));
    }
    auto session = makeSession();
    QCOMPARE(wait(session->unlock(QStringLiteral("correct horse battery"))).code, UnlockOutcome::Code::Unlocked);
    auto found = session->worker()->run<bool>(
        [ticket](LocalStore& store) { return TicketRepository(store.database()).find(ticket.id).has_value(); });
    found.waitForFinished();
    QVERIFY(found.result());
}

void TestStoreSession::wrongPasswordOpensNothing()
{
    {
        auto session = makeSession();
        QCOMPARE(wait(session->unlock(QStringLiteral("right"))).code, UnlockOutcome::Code::Unlocked);
    }
    const QByteArray store = bytesOf(m_dir->filePath(QStringLiteral("store.db")));
    auto session = makeSession();
    const UnlockOutcome outcome = wait(session->unlock(QStringLiteral("wrong")));
    QCOMPARE(outcome.code, UnlockOutcome::Code::WrongPassword);
    QCOMPARE(outcome.message, QStringLiteral("Wrong password."));
    QVERIFY(!session->isUnlocked());
    QVERIFY(!storeIsOpen(*session));
    QCOMPARE(bytesOf(m_dir->filePath(QStringLiteral("store.db"))), store);
}

void TestStoreSession::jobsRunOnTheWorkerThread()
{
    auto session = makeSession();
    auto future = session->worker()->run<QThread*>([](LocalStore&) { return QThread::currentThread(); });
    future.waitForFinished();
    QCOMPARE(future.result(), session->worker()->thread());
    QVERIFY(future.result() != QThread::currentThread());
}

void TestStoreSession::idleTimeLocksAndClearsViews()
{
    auto session = makeSession();
    QCOMPARE(wait(session->unlock(QStringLiteral("pw"))).code, UnlockOutcome::Code::Unlocked);
    QSignalSpy aboutToLock(session.get(), &StoreSession::aboutToLock);
    QSignalSpy locked(session.get(), &StoreSession::locked);
    QCOMPARE(session->idleLock()->timeout(), std::chrono::milliseconds(std::chrono::minutes(15)));

    m_clock.advanceMs(14 * 60 * 1000);
    session->idleLock()->check();
    QVERIFY(session->isUnlocked());
    m_clock.advanceMs(60 * 1000);
    session->idleLock()->check();
    QCOMPARE(aboutToLock.count(), 1);
    QCOMPARE(locked.count(), 1);
    QVERIFY(!session->isUnlocked());
    QVERIFY(!storeIsOpen(*session));

    QCOMPARE(wait(session->unlock(QStringLiteral("pw"))).code, UnlockOutcome::Code::Unlocked);
    QVERIFY(storeIsOpen(*session));
}

void TestStoreSession::activityPostponesTheLock()
{
    auto session = makeSession();
    session->idleLock()->setTimeout(std::chrono::minutes(5));
    QCOMPARE(wait(session->unlock(QStringLiteral("pw"))).code, UnlockOutcome::Code::Unlocked);
    for (int i = 0; i < 10; ++i) {
        m_clock.advanceMs(4 * 60 * 1000);
        session->idleLock()->noteActivity();
        session->idleLock()->check();
    }
    QVERIFY(session->isUnlocked());
    m_clock.advanceMs(5 * 60 * 1000);
    session->idleLock()->check();
    QVERIFY(!session->isUnlocked());
}

void TestStoreSession::tamperedKeyFileOffersResyncAndTouchesNothing()
{
    {
        auto session = makeSession();
        QCOMPARE(wait(session->unlock(QStringLiteral("pw"))).code, UnlockOutcome::Code::Unlocked);
    }
    const QString keyPath = m_dir->filePath(QStringLiteral("store.key"));
    QByteArray key = bytesOf(keyPath);
    key[40] = static_cast<char>(key[40] ^ 0x5a);
    {
        QFile file(keyPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(key);
    }
    const QByteArray store = bytesOf(m_dir->filePath(QStringLiteral("store.db")));
    auto session = makeSession();
    const UnlockOutcome outcome = wait(session->unlock(QStringLiteral("pw")));
    QCOMPARE(outcome.code, UnlockOutcome::Code::KeyFileDamaged);
    QVERIFY(outcome.offerResync);
    QCOMPARE(bytesOf(keyPath), key);
    QCOMPARE(bytesOf(m_dir->filePath(QStringLiteral("store.db"))), store);
}

void TestStoreSession::truncatedStoreOffersResync()
{
    {
        auto session = makeSession();
        QCOMPARE(wait(session->unlock(QStringLiteral("pw"))).code, UnlockOutcome::Code::Unlocked);
        auto filled = session->worker()->run<bool>([](LocalStore& store) {
            TicketRepository tickets(store.database());
            for (int i = 0; i < 300; ++i) {
                if (tickets.upsert(ticketTitled("ticket " + std::to_string(i)))) {
                    return false;
                }
            }
            return true;
        });
        filled.waitForFinished();
        QVERIFY(filled.result());
    }
    const QString path = m_dir->filePath(QStringLiteral("store.db"));
    QVERIFY(QFileInfo(path).size() >= 4 * 4096);
    QVERIFY(QFile::resize(path, (QFileInfo(path).size() / 4096 / 2) * 4096));
    const QByteArray truncated = bytesOf(path);
    auto session = makeSession();
    const UnlockOutcome outcome = wait(session->unlock(QStringLiteral("pw")));
    QCOMPARE(outcome.code, UnlockOutcome::Code::StoreDamaged);
    QVERIFY(outcome.offerResync);
    QCOMPARE(bytesOf(path), truncated);
}

void TestStoreSession::rekeyReencryptsAndSurvivesInterruption()
{
    const QString keyPath = m_dir->filePath(QStringLiteral("store.key"));
    const QString storePath = m_dir->filePath(QStringLiteral("store.db"));
    const hss::Ticket ticket = ticketTitled("kept across rekey");
    QByteArray oldKeyFile;
    {
        auto session = makeSession();
        QCOMPARE(wait(session->unlock(QStringLiteral("pw"))).code, UnlockOutcome::Code::Unlocked);
        auto saved = session->worker()->run<bool>(
            [ticket](LocalStore& store) { return !TicketRepository(store.database()).upsert(ticket).has_value(); });
        saved.waitForFinished();
        oldKeyFile = bytesOf(keyPath);
        const UnlockOutcome rekeyed = wait(session->rekey(QStringLiteral("pw")));
        QCOMPARE(rekeyed.code, UnlockOutcome::Code::Unlocked);
        QVERIFY(bytesOf(keyPath) != oldKeyFile);
        QVERIFY(!QFile::exists(keyPath + QStringLiteral(".next")));
    }
    // Simulate a crash after the store took the new key but before the key file was replaced.
    const QByteArray newKeyFile = bytesOf(keyPath);
    {
        QFile next(keyPath + QStringLiteral(".next"));
        QVERIFY(next.open(QIODevice::WriteOnly));
        next.write(newKeyFile);
        QFile main(keyPath);
        QVERIFY(main.open(QIODevice::WriteOnly));
        main.write(oldKeyFile);
    }
    auto session = makeSession();
    QCOMPARE(wait(session->unlock(QStringLiteral("pw"))).code, UnlockOutcome::Code::Unlocked);
    QCOMPARE(bytesOf(keyPath), newKeyFile);
    QVERIFY(!QFile::exists(keyPath + QStringLiteral(".next")));
    auto found = session->worker()->run<bool>(
        [ticket](LocalStore& store) { return TicketRepository(store.database()).find(ticket.id).has_value(); });
    found.waitForFinished();
    QVERIFY(found.result());
    Q_UNUSED(storePath);
}

void TestStoreSession::forgetDeviceDeletesTheWrappedKey()
{
    auto session = makeSession();
    QCOMPARE(wait(session->unlock(QStringLiteral("pw"))).code, UnlockOutcome::Code::Unlocked);
    QSignalSpy locked(session.get(), &StoreSession::locked);
    QVERIFY(session->forgetDevice());
    QCOMPARE(locked.count(), 1);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("store.key"))));
    const UnlockOutcome outcome = wait(session->unlock(QStringLiteral("pw")));
    QVERIFY(outcome.code != UnlockOutcome::Code::Unlocked);
}

void TestStoreSession::rememberedDeviceKeyUnlocksWithoutPassword()
{
    auto session = makeSession();
    QCOMPARE(wait(session->unlock(QStringLiteral("pw"))).code, UnlockOutcome::Code::Unlocked);
    auto kek = session->deriveDeviceKey(QStringLiteral("pw"));
    QVERIFY(kek.ok());
    QVERIFY(!session->deriveDeviceKey(QStringLiteral("not the password")).ok());
    session->lock();
    QCOMPARE(wait(session->unlockWithDeviceKey(std::move(kek).value())).code, UnlockOutcome::Code::Unlocked);
    QVERIFY(storeIsOpen(*session));
    session->lock();
    QCOMPARE(wait(session->unlockWithDeviceKey(hss::client::SecureBytes::random(32))).code,
             UnlockOutcome::Code::WrongPassword);
    QVERIFY(!storeIsOpen(*session));
}

QTEST_GUILESS_MAIN(TestStoreSession)
#include "TestStoreSession.moc"
