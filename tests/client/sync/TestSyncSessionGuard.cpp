// SPDX-License-Identifier: MIT
#include <QtTest>

#include "FakeTransport.h"
#include "SyncTestSupport.h"
#include "core/StoreSession.h"
#include "hss/StdRandomSource.h"
#include "sync/SyncEngine.h"
#include "sync/SyncSessionGuard.h"

using namespace hss::client;
using hss::test::await;

class TestSyncSessionGuard final : public QObject
{
    Q_OBJECT

private slots:
    void disabledAccountLocksAndForgetsTheDevice();
};

void TestSyncSessionGuard::disabledAccountLocksAndForgetsTheDevice()
{
    QTemporaryDir dir;
    hss::ManualClock clock(1764144000000);
    hss::HybridLogicalClock hlc(clock, "console-guard");
    hss::StdRandomSource random(1);
    const QString keyPath = dir.filePath(QStringLiteral("store.key"));
    StoreSession session(dir.filePath(QStringLiteral("store.db")), keyPath, QStringLiteral("sofia@test"), clock);
    QCOMPARE(await(session.unlock(QStringLiteral("correct horse battery"))).code, UnlockOutcome::Code::Unlocked);
    QVERIFY(QFile::exists(keyPath));

    hss::test::FakeTransport transport;
    transport.onPull = [](const hss::test::FakeTransport::PullCall&) -> std::optional<ApiResult<hss::sync::PullPage>> {
        return ApiResult<hss::sync::PullPage>(
            SyncApiError {SyncApiError::Kind::AccountDisabled, 403, QStringLiteral("account_disabled"), {}});
    };
    SyncEngine engine(*session.worker(), transport, hlc, clock, random);
    SyncSessionGuard guard(engine, session);
    QSignalSpy forgotten(&guard, &SyncSessionGuard::deviceForgotten);
    QSignalSpy locked(&session, &StoreSession::locked);
    engine.start();
    QTRY_COMPARE(forgotten.count(), 1);
    QCOMPARE(forgotten.front().at(0).toBool(), true);
    QCOMPARE(locked.count(), 1);
    QVERIFY(!session.isUnlocked());
    QVERIFY(!QFile::exists(keyPath));
    QVERIFY(!engine.isRunning());
    QCOMPARE(engine.status().state, SyncStatus::State::AccountDisabled);
}

QTEST_GUILESS_MAIN(TestSyncSessionGuard)
#include "TestSyncSessionGuard.moc"
