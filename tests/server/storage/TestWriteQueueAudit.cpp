// SPDX-License-Identifier: MIT
#include <QtTest>
#include <atomic>
#include <chrono>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <Poco/Data/Session.h>

#include "StorageFixture.h"
#include "storage/AuditLogRepository.h"
#include "storage/Database.h"
#include "storage/WriteQueue.h"

using hss::server::AuditEntry;
using hss::server::AuditLogRepository;
using hss::server::Database;
using hss::server::WriteQueue;
using hss::server::WriteQueueLimits;

/// Audit records written through the write queue: appended at the end of their batch in one go, dropped with a job
/// that fails, queued records of reads stored without a job of their own, the chain intact throughout — on SQLite
/// and PostgreSQL.
class TestWriteQueueAudit final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void batchRecordsCommitWithTheirJob_data() { hss::test::StorageFixture::backendRows(); }
    void batchRecordsCommitWithTheirJob();
    void failedJobLeavesNoRecord_data() { hss::test::StorageFixture::backendRows(); }
    void failedJobLeavesNoRecord();
    void postedRecordsAreStoredInOrder_data() { hss::test::StorageFixture::backendRows(); }
    void postedRecordsAreStoredInOrder();
    void readsWaitOnceTheQueueIsFull_data() { hss::test::StorageFixture::backendRows(); }
    void readsWaitOnceTheQueueIsFull();
    void appendingOutsideAJobIsRefused();

private:
    std::unique_ptr<Database> freshDatabase(const QString& backend);

    hss::test::StorageFixture m_fixture;
};

namespace {

AuditEntry entry(const std::string& action, const std::string& objectId)
{
    AuditEntry made;
    made.at = 1'700'000'000'000;
    made.actorId = "u-1";
    made.actorName = "amir";
    made.action = action;
    made.objectType = "ticket";
    made.objectId = objectId;
    made.sourceIp = "127.0.0.1";
    made.outcome = "success";
    return made;
}

} // namespace

void TestWriteQueueAudit::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

std::unique_ptr<Database> TestWriteQueueAudit::freshDatabase(const QString& backend)
{
    return std::make_unique<Database>(m_fixture.freshUrl(backend).toStdString(), m_fixture.folder().toStdString(), 1,
                                      8);
}

void TestWriteQueueAudit::batchRecordsCommitWithTheirJob()
{
    QFETCH(QString, backend);
    auto database = freshDatabase(backend);
    WriteQueue writes(*database);
    constexpr int threads = 16;
    constexpr int jobsPerThread = 25;
    std::atomic<int> failures {0};
    std::vector<std::thread> callers;
    for (int t = 0; t < threads; ++t) {
        callers.emplace_back([&, t] {
            for (int j = 0; j < jobsPerThread; ++j) {
                try {
                    // More than one multi-row chunk per batch, so chunks and single rows both run.
                    const std::string id = std::to_string(t) + "-" + std::to_string(j);
                    writes.run([&](Poco::Data::Session&) {
                        writes.appendAuditInBatch({entry("ticket.create", id), entry("ticket.read", id)});
                    });
                    // run() returned: the records are committed and visible to another connection.
                    const auto stored = AuditLogRepository(*database).list(0, 100000);
                    const bool found = std::any_of(stored.begin(), stored.end(), [&id](const auto& record) {
                        return record.entry.objectId == id && record.entry.action == "ticket.read";
                    });
                    if (!found) {
                        ++failures;
                    }
                } catch (...) {
                    ++failures;
                }
            }
        });
    }
    for (std::thread& caller : callers) {
        caller.join();
    }
    QCOMPARE(failures.load(), 0);
    QCOMPARE(AuditLogRepository(*database).list(0, 100000).size(), std::size_t(threads * jobsPerThread * 2));
    QVERIFY(!AuditLogRepository(*database).verify());
}

void TestWriteQueueAudit::failedJobLeavesNoRecord()
{
    QFETCH(QString, backend);
    auto database = freshDatabase(backend);
    WriteQueue writes(*database);
    writes.run([&](Poco::Data::Session&) { writes.appendAuditInBatch({entry("ticket.create", "kept-1")}); });
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, writes.run([&](Poco::Data::Session&) {
        writes.appendAuditInBatch({entry("ticket.create", "undone")});
        throw std::runtime_error("the job failed after recording");
    }));
    writes.run([&](Poco::Data::Session&) { writes.appendAuditInBatch({entry("ticket.create", "kept-2")}); });
    const auto stored = AuditLogRepository(*database).list(0, 100);
    QCOMPARE(stored.size(), std::size_t(2));
    QCOMPARE(stored[0].entry.objectId, std::string("kept-1"));
    QCOMPARE(stored[1].entry.objectId, std::string("kept-2"));
    QCOMPARE(stored[1].seq, std::int64_t(2));
    QVERIFY(!AuditLogRepository(*database).verify());
}

void TestWriteQueueAudit::postedRecordsAreStoredInOrder()
{
    QFETCH(QString, backend);
    auto database = freshDatabase(backend);
    {
        WriteQueue writes(*database);
        for (int i = 0; i < 150; ++i) {
            writes.postAudit({entry("ticket.read", "read-" + std::to_string(i))});
        }
    } // the destructor commits what is queued
    const auto stored = AuditLogRepository(*database).list(0, 1000);
    QCOMPARE(stored.size(), std::size_t(150));
    for (int i = 0; i < 150; ++i) {
        QCOMPARE(stored[static_cast<std::size_t>(i)].entry.objectId, "read-" + std::to_string(i));
    }
    QVERIFY(!AuditLogRepository(*database).verify());
}

void TestWriteQueueAudit::readsWaitOnceTheQueueIsFull()
{
    QFETCH(QString, backend);
    auto database = freshDatabase(backend);
    {
        WriteQueue writes(*database, std::chrono::minutes(10), WriteQueueLimits {8192, 100});
        for (int i = 0; i < 100; ++i) {
            writes.postAudit({entry("ticket.read", "read-" + std::to_string(i))});
        }
        QCOMPARE(writes.commitCount(), std::size_t(0));
        // The 101st waits for a commit of everything queued before it and of itself.
        writes.postAudit({entry("ticket.read", "read-100")});
        QCOMPARE(writes.postedAuditWaits(), std::size_t(1));
        QCOMPARE(writes.commitCount(), std::size_t(1));
        const auto stored = AuditLogRepository(*database).list(0, 1000);
        QCOMPARE(stored.size(), std::size_t(101));
        QCOMPARE(stored.back().entry.objectId, std::string("read-100"));
        // The queue is empty again: the next read does not wait.
        writes.postAudit({entry("ticket.read", "read-101")});
        QCOMPARE(writes.postedAuditWaits(), std::size_t(1));
    }
    QCOMPARE(AuditLogRepository(*database).list(0, 1000).size(), std::size_t(102));
    QVERIFY(!AuditLogRepository(*database).verify());
}

void TestWriteQueueAudit::appendingOutsideAJobIsRefused()
{
    auto database = freshDatabase(QStringLiteral("sqlite"));
    WriteQueue writes(*database);
    QVERIFY_THROWS_EXCEPTION(std::logic_error, writes.appendAuditInBatch({entry("ticket.read", "x")}));
    QVERIFY(AuditLogRepository(*database).list(0, 10).empty());
}

QTEST_GUILESS_MAIN(TestWriteQueueAudit)
#include "TestWriteQueueAudit.moc"
