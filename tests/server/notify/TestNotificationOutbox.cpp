// SPDX-License-Identifier: MIT
#include <QtTest>
#include <algorithm>
#include <atomic>
#include <memory>
#include <set>
#include <thread>

#include <Poco/Data/Session.h>

#include "../storage/StorageFixture.h"
#include "hss/Uuid.h"
#include "storage/Migrator.h"
#include "storage/NotificationOutboxRepository.h"
#include "storage/WriteQueue.h"
#include "storage/WriteTransaction.h"

using hss::server::Database;
using hss::server::Migrator;
using hss::server::NewNotification;
using hss::server::NotificationOutboxRepository;
using hss::server::NotificationRecord;
using hss::server::WriteQueue;
using hss::server::WriteTransaction;
using namespace Poco::Data::Keywords;

namespace {

constexpr std::int64_t lease = 60'000;

// Each test uses a channel name of its own, so rows of other tests in the shared database are never due for it.
std::string freshChannel()
{
    return "test-" + hss::Uuid::createV7().toString();
}

NewNotification message(const std::string& channel, const std::string& subject)
{
    return NewNotification {channel, "medical@clinic.example", subject, "Ticket: #1", "ticket.emergency_alert", {}};
}

std::string enqueue(Database& database, const NewNotification& notification, std::int64_t nowMs)
{
    auto session = database.session();
    WriteTransaction transaction(session, database.backend());
    const std::string id = NotificationOutboxRepository(database).enqueue(session, notification, nowMs);
    transaction.commit();
    return id;
}

std::vector<NotificationRecord> claim(Database& database, const std::string& channel, std::int64_t nowMs,
                                      int maxAttempts = 3, std::int64_t leaseMs = lease)
{
    auto session = database.session();
    WriteTransaction transaction(session, database.backend());
    auto claimed =
        NotificationOutboxRepository(database).claimDue(session, channel, nowMs, nowMs + leaseMs, maxAttempts, 10);
    transaction.commit();
    return claimed;
}

template <typename Write>
auto write(Database& database, Write&& job)
{
    auto session = database.session();
    WriteTransaction transaction(session, database.backend());
    auto result = job(session, NotificationOutboxRepository(database));
    transaction.commit();
    return result;
}

NotificationRecord stored(Database& database, const std::string& id)
{
    auto session = database.session();
    return NotificationOutboxRepository(database).find(session, id).value();
}

} // namespace

/// The notification outbox on SQLite and PostgreSQL: due messages are claimed once, failures come back after their
/// retry time, the attempt limit leads to the dead letter state, a crashed sender's claim is taken over (or buried
/// when it was the last attempt), two servers on one database never claim the same message, and migration step 6
/// keeps what a version-5 database holds.
class TestNotificationOutbox final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void claimRetryAndDeadLetter_data() { hss::test::StorageFixture::backendRows(); }
    void claimRetryAndDeadLetter();
    void lapsedClaimIsTakenOverOrBuried_data() { hss::test::StorageFixture::backendRows(); }
    void lapsedClaimIsTakenOverOrBuried();
    void twoServersNeverClaimTheSameMessage_data() { hss::test::StorageFixture::backendRows(); }
    void twoServersNeverClaimTheSameMessage();
    void migrationFromVersionFiveKeepsData_data() { hss::test::StorageFixture::backendRows(); }
    void migrationFromVersionFiveKeepsData();

private:
    hss::test::StorageFixture m_fixture;
};

void TestNotificationOutbox::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

void TestNotificationOutbox::claimRetryAndDeadLetter()
{
    QFETCH(QString, backend);
    Database& database = m_fixture.database(backend);
    const std::string channel = freshChannel();
    const std::string first = enqueue(database, message(channel, "first"), 1000);
    const std::string second = enqueue(database, message(channel, "second"), 5000);

    auto claimed = claim(database, channel, 2000);
    QCOMPARE(claimed.size(), std::size_t(1));
    QCOMPARE(claimed[0].id, first);
    QCOMPARE(claimed[0].attempts, 1);
    QCOMPARE(stored(database, first).state, std::string("sending"));
    QCOMPARE(stored(database, first).nextAttemptAt, 2000 + lease);
    QVERIFY(claim(database, channel, 3000).empty()); // claimed, and the second is not due yet

    QVERIFY(write(database, [&](auto& session, auto outbox) {
        return outbox.markFailed(session, claimed[0], "relay down", std::int64_t(10000));
    }));
    NotificationRecord failed = stored(database, first);
    QCOMPARE(failed.state, std::string("pending"));
    QCOMPARE(failed.lastError.value_or(""), std::string("relay down"));
    QCOMPARE(failed.nextAttemptAt, std::int64_t(10000));
    // The claim is spent: recording it again changes nothing.
    QVERIFY(!write(database, [&](auto& session, auto outbox) { return outbox.markSent(session, claimed[0], 3000); }));

    auto next = claim(database, channel, 9999);
    QCOMPARE(next.size(), std::size_t(1));
    QCOMPARE(next[0].id, second);
    QVERIFY(write(database, [&](auto& session, auto outbox) { return outbox.markSent(session, next[0], 9999); }));
    QCOMPARE(stored(database, second).state, std::string("sent"));
    QCOMPARE(stored(database, second).sentAt.value_or(0), std::int64_t(9999));

    auto retried = claim(database, channel, 10000);
    QCOMPARE(retried.size(), std::size_t(1));
    QCOMPARE(retried[0].id, first);
    QCOMPARE(retried[0].attempts, 2);
    QVERIFY(write(database, [&](auto& session, auto outbox) {
        return outbox.markFailed(session, retried[0], "relay still down", std::nullopt);
    }));
    QCOMPARE(stored(database, first).state, std::string("dead"));
    QVERIFY(claim(database, channel, 1'000'000'000).empty());

    auto session = database.session();
    const auto dead = NotificationOutboxRepository(database).inState(session, "dead", 10000);
    QVERIFY(std::any_of(dead.begin(), dead.end(), [&](const NotificationRecord& r) { return r.id == first; }));
}

void TestNotificationOutbox::lapsedClaimIsTakenOverOrBuried()
{
    QFETCH(QString, backend);
    Database& database = m_fixture.database(backend);
    const std::string channel = freshChannel();
    const std::string id = enqueue(database, message(channel, "lapse"), 0);

    const auto crashed = claim(database, channel, 0, 2, 100);
    QCOMPARE(crashed.size(), std::size_t(1));
    QVERIFY(claim(database, channel, 50, 2, 100).empty());
    // The first sender never reported back: after its lease another one takes the message over.
    const auto takenOver = claim(database, channel, 100, 2, 100);
    QCOMPARE(takenOver.size(), std::size_t(1));
    QCOMPARE(takenOver[0].attempts, 2);
    QVERIFY(!write(database, [&](auto& session, auto outbox) { return outbox.markSent(session, crashed[0], 120); }));
    QCOMPARE(stored(database, id).state, std::string("sending"));

    // The second sender died too, on the last allowed attempt: nobody may try again, so the message is buried.
    QVERIFY(claim(database, channel, 200, 2, 100).empty());
    QCOMPARE(
        write(database, [&](auto& session, auto outbox) { return outbox.buryLapsedClaims(session, channel, 150, 2); }),
        0);
    QCOMPARE(
        write(database, [&](auto& session, auto outbox) { return outbox.buryLapsedClaims(session, channel, 200, 2); }),
        1);
    const NotificationRecord buried = stored(database, id);
    QCOMPARE(buried.state, std::string("dead"));
    QVERIFY(buried.lastError.value_or("").find("stopped") != std::string::npos);
}

void TestNotificationOutbox::twoServersNeverClaimTheSameMessage()
{
    QFETCH(QString, backend);
    const std::string url = m_fixture.freshUrl(backend).toStdString();
    // Two server processes: each its own connection pool and writer on the same database.
    Database first(url, m_fixture.folder().toStdString(), 1, 4);
    Database second(url, m_fixture.folder().toStdString(), 1, 4);
    WriteQueue firstWrites(first);
    WriteQueue secondWrites(second);
    const std::string channel = freshChannel();
    constexpr int messages = 300;
    {
        auto session = first.session();
        WriteTransaction transaction(session, first.backend());
        for (int i = 0; i < messages; ++i) {
            NotificationOutboxRepository(first).enqueue(session, message(channel, std::to_string(i)), 1000);
        }
        transaction.commit();
    }

    std::atomic<bool> go {false};
    auto claimer = [&](Database& database, WriteQueue& writes, std::vector<std::string>& ids) {
        while (!go.load()) {
            std::this_thread::yield();
        }
        while (true) {
            std::vector<NotificationRecord> batch;
            writes.run([&](Poco::Data::Session& session) {
                batch = NotificationOutboxRepository(database).claimDue(session, channel, 2000, 2000 + lease, 5, 7);
            });
            if (batch.empty()) {
                return;
            }
            for (const auto& record : batch) {
                ids.push_back(record.id);
            }
        }
    };
    std::vector<std::string> firstIds;
    std::vector<std::string> secondIds;
    std::thread a([&] { claimer(first, firstWrites, firstIds); });
    std::thread b([&] { claimer(second, secondWrites, secondIds); });
    go = true;
    a.join();
    b.join();

    std::set<std::string> all(firstIds.begin(), firstIds.end());
    QCOMPARE(all.size(), firstIds.size());
    for (const std::string& id : secondIds) {
        QVERIFY2(all.insert(id).second, "a message was claimed by both servers");
    }
    QCOMPARE(all.size(), std::size_t(messages));
    qInfo("claims: %zu by the first server, %zu by the second", firstIds.size(), secondIds.size());
}

void TestNotificationOutbox::migrationFromVersionFiveKeepsData()
{
    QFETCH(QString, backend);
    m_fixture.database(backend); // registers the connectors
    const std::string url = m_fixture.freshUrl(backend).toStdString();
    const Database::Backend kind =
        backend == QStringLiteral("sqlite") ? Database::Backend::SQLite : Database::Backend::PostgreSQL;
    {
        std::unique_ptr<Poco::Data::Session> raw;
        if (kind == Database::Backend::SQLite) {
            raw = std::make_unique<Poco::Data::Session>("sqlite", url.substr(std::string("sqlite:").size()));
        } else {
            const QString name = QString::fromStdString(url).section(QLatin1Char('/'), -1);
            raw = std::make_unique<Poco::Data::Session>("postgresql",
                                                        m_fixture.cluster().keyValueConnection(name).toStdString());
        }
        Migrator(*raw, kind).migrateTo(5);
        *raw << "INSERT INTO tickets (id, number, title, description, priority, priority_rank, category, status, "
                "channel, requester_name, requester_email, team, created_at, updated_at, escalation_level, revision) "
                "VALUES ('0190b3a0-0000-7000-8000-000000000001', 1, 'Old', 'v1:x', 'high', 2, 'technical', 'new', "
                "'web', 'Front desk', '', 'tier1', 1, 1, 0, 1)",
            now;
    }
    Database database(url, m_fixture.folder().toStdString(), 1, 2);
    QVERIFY(database.schemaVersion() >= 6);
    auto session = database.session();
    int tickets = 0;
    session << "SELECT COUNT(*) FROM tickets", into(tickets), now;
    QCOMPARE(tickets, 1);
    const std::string channel = freshChannel();
    const std::string id = enqueue(database, message(channel, "after upgrade"), 10);
    QCOMPARE(stored(database, id).state, std::string("pending"));
}

QTEST_GUILESS_MAIN(TestNotificationOutbox)
#include "TestNotificationOutbox.moc"
