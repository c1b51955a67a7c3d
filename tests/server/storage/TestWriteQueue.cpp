// SPDX-License-Identifier: MIT
#include <QtTest>
#include <array>
#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <Poco/Data/Session.h>
#include <Poco/Exception.h>

#include "StorageFixture.h"
#include "storage/Database.h"
#include "storage/SqlText.h"
#include "storage/WriteQueue.h"

using hss::server::Database;
using hss::server::WriteQueue;
using hss::server::sqltext::forBackend;
using namespace Poco::Data::Keywords;

/// The group-commit writer: every job committed once, a failing job undone alone, jobs of concurrent callers
/// sharing commits, on SQLite and PostgreSQL.
class TestWriteQueue final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void concurrentJobsShareCommits_data();
    void concurrentJobsShareCommits();
    void failingJobIsUndoneAlone_data();
    void failingJobIsUndoneAlone();
    void committedBeforeRunReturns_data();
    void committedBeforeRunReturns();
    void postedJobsCommitWithoutWaiting_data();
    void postedJobsCommitWithoutWaiting();
    void postWaitsAfterAFailedCommit();
    void postedWorkWaitsForCompanyUntilSomeoneWaits_data();
    void postedWorkWaitsForCompanyUntilSomeoneWaits();
    void batchWithAFailingJobIsRedoneJobByJob_data();
    void batchWithAFailingJobIsRedoneJobByJob();

private:
    std::unique_ptr<Database> freshDatabase(const QString& backend);
    static void createScratchTable(WriteQueue& writes);
    static std::int64_t count(Database& database, const std::string& where = "1=1");

    hss::test::StorageFixture m_fixture;
};

namespace {

// Poco's exceptions say little in what(); their displayText() has the database's message.
std::string describe(const std::exception& error)
{
    if (const auto* poco = dynamic_cast<const Poco::Exception*>(&error)) {
        return poco->displayText();
    }
    return error.what();
}

} // namespace

void TestWriteQueue::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

std::unique_ptr<Database> TestWriteQueue::freshDatabase(const QString& backend)
{
    return std::make_unique<Database>(m_fixture.freshUrl(backend).toStdString(), m_fixture.folder().toStdString(), 1,
                                      8);
}

void TestWriteQueue::createScratchTable(WriteQueue& writes)
{
    writes.run([](Poco::Data::Session& session) {
        session << "CREATE TABLE scratch (id INTEGER PRIMARY KEY, writer INTEGER NOT NULL)", now;
    });
}

std::int64_t TestWriteQueue::count(Database& database, const std::string& where)
{
    auto session = database.session();
    std::int64_t rows = 0;
    session << "SELECT COUNT(*) FROM scratch WHERE " + where, into(rows), now;
    return rows;
}

void TestWriteQueue::concurrentJobsShareCommits_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestWriteQueue::concurrentJobsShareCommits()
{
    QFETCH(QString, backend);
    auto database = freshDatabase(backend);
    const std::string insert = forBackend("INSERT INTO scratch (id, writer) VALUES (?, ?)", database->backend());
    WriteQueue writes(*database);
    createScratchTable(writes);
    const std::size_t commitsBefore = writes.commitCount();

    constexpr int threads = 32;
    constexpr int jobsPerThread = 40;
    std::atomic<int> failures {0};
    std::mutex firstFailureMutex;
    std::string firstFailure;
    std::vector<std::thread> writers;
    for (int t = 0; t < threads; ++t) {
        writers.emplace_back([&, t] {
            for (int j = 0; j < jobsPerThread; ++j) {
                try {
                    const int id = t * jobsPerThread + j + 1;
                    writes.run([&](Poco::Data::Session& session) { session << insert, bind(id), bind(t), now; });
                } catch (const std::exception& error) {
                    const std::lock_guard lock(firstFailureMutex);
                    if (failures++ == 0) {
                        firstFailure = describe(error);
                    }
                }
            }
        });
    }
    for (std::thread& writer : writers) {
        writer.join();
    }
    QVERIFY2(failures.load() == 0,
             qPrintable(QStringLiteral("%1 failures, the first: %2")
                            .arg(failures.load())
                            .arg(QString::fromStdString(firstFailure))));
    QCOMPARE(count(*database), std::int64_t(threads * jobsPerThread));
    const std::size_t commits = writes.commitCount() - commitsBefore;
    // Jobs queued while a commit runs go into the next one, so 32 busy callers need far fewer commits than jobs.
    QVERIFY2(commits < std::size_t(threads * jobsPerThread / 2),
             qPrintable(QStringLiteral("%1 commits for %2 jobs").arg(commits).arg(threads * jobsPerThread)));
}

void TestWriteQueue::failingJobIsUndoneAlone_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestWriteQueue::failingJobIsUndoneAlone()
{
    QFETCH(QString, backend);
    auto database = freshDatabase(backend);
    const std::string insert = forBackend("INSERT INTO scratch (id, writer) VALUES (?, ?)", database->backend());
    WriteQueue writes(*database);
    createScratchTable(writes);

    constexpr int threads = 16;
    std::atomic<int> thrown {0};
    std::atomic<int> succeeded {0};
    std::vector<std::thread> writers;
    for (int t = 0; t < threads; ++t) {
        writers.emplace_back([&, t] {
            try {
                writes.run([&insert, t](Poco::Data::Session& session) {
                    session << insert, bind(t + 1), bind(t), now;
                    if (t % 2 == 1) {
                        // Written, then failed: the row must not survive, the neighbours' rows must.
                        throw std::runtime_error("job " + std::to_string(t) + " failed");
                    }
                    if (t == 4) {
                        // A database error (duplicate key) is undone the same way.
                        session << insert, bind(t + 1), bind(t), now;
                    }
                });
                ++succeeded;
            } catch (const std::runtime_error& error) {
                QVERIFY(std::string(error.what()).starts_with("job "));
                ++thrown;
            } catch (...) {
                ++thrown;
            }
        });
    }
    for (std::thread& writer : writers) {
        writer.join();
    }
    QCOMPARE(thrown.load(), threads / 2 + 1);
    QCOMPARE(succeeded.load(), threads / 2 - 1);
    QCOMPARE(count(*database), std::int64_t(threads / 2 - 1));
    QCOMPARE(count(*database, "writer % 2 = 1 OR writer = 4"), std::int64_t(0));

    // The queue keeps working after failures.
    writes.run(
        [](Poco::Data::Session& session) { session << "INSERT INTO scratch (id, writer) VALUES (1000, 1000)", now; });
    QCOMPARE(count(*database, "id = 1000"), std::int64_t(1));
}

void TestWriteQueue::committedBeforeRunReturns_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestWriteQueue::committedBeforeRunReturns()
{
    QFETCH(QString, backend);
    auto database = freshDatabase(backend);
    const std::string insert = forBackend("INSERT INTO scratch (id, writer) VALUES (?, ?)", database->backend());
    {
        WriteQueue writes(*database);
        createScratchTable(writes);
        for (int i = 1; i <= 20; ++i) {
            writes.run([&insert, i](Poco::Data::Session& session) { session << insert, bind(i), bind(0), now; });
            // Another connection sees the row as soon as run() returns: it is committed, not just queued.
            QCOMPARE(count(*database), std::int64_t(i));
        }
    }
    QCOMPARE(count(*database), std::int64_t(20));
}

void TestWriteQueue::postedJobsCommitWithoutWaiting_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestWriteQueue::postedJobsCommitWithoutWaiting()
{
    QFETCH(QString, backend);
    auto database = freshDatabase(backend);
    const std::string insert = forBackend("INSERT INTO scratch (id, writer) VALUES (?, ?)", database->backend());
    {
        WriteQueue writes(*database);
        createScratchTable(writes);
        for (int i = 1; i <= 500; ++i) {
            writes.post([&insert, i](Poco::Data::Session& session) {
                session << insert, bind(i), bind(0), now;
                if (i == 250) {
                    throw std::runtime_error("posted job failed");
                }
            });
        }
        // A job run after them commits after them: the queue keeps order.
        writes.run([&insert](Poco::Data::Session& session) { session << insert, bind(1000), bind(1), now; });
        QCOMPARE(count(*database), std::int64_t(500));
        QCOMPARE(writes.postedFailures(), std::size_t(1));
        for (int i = 501; i <= 600; ++i) {
            writes.post([&insert, i](Poco::Data::Session& session) { session << insert, bind(i), bind(0), now; });
        }
    }
    // Stopping the queue commits what was posted.
    QCOMPARE(count(*database), std::int64_t(600));
    QCOMPARE(count(*database, "id = 250"), std::int64_t(0));
}

void TestWriteQueue::postWaitsAfterAFailedCommit()
{
    auto database = freshDatabase(QStringLiteral("sqlite"));
    const std::string insert = forBackend("INSERT INTO scratch (id, writer) VALUES (?, ?)", database->backend());
    WriteQueue writes(*database);
    createScratchTable(writes);
    // A job that ends the batch's transaction itself makes the batch's commit fail.
    QVERIFY_THROWS_EXCEPTION(std::exception, writes.run([](Poco::Data::Session& session) {
        session << "ROLLBACK", now;
        throw std::runtime_error("broke the transaction");
    }));
    // The next posted job is committed before post() returns (another connection sees it at once).
    writes.post([&insert](Poco::Data::Session& session) { session << insert, bind(1), bind(0), now; });
    QCOMPARE(count(*database), std::int64_t(1));
    // After that success, posts are queued again: visible only after the queue has committed them.
    writes.post([&insert](Poco::Data::Session& session) { session << insert, bind(2), bind(0), now; });
    writes.run([](Poco::Data::Session&) {});
    QCOMPARE(count(*database), std::int64_t(2));
}

void TestWriteQueue::postedWorkWaitsForCompanyUntilSomeoneWaits_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestWriteQueue::postedWorkWaitsForCompanyUntilSomeoneWaits()
{
    QFETCH(QString, backend);
    auto database = freshDatabase(backend);
    const std::string insert = forBackend("INSERT INTO scratch (id, writer) VALUES (?, ?)", database->backend());
    {
        // Far longer than the test: only a waiting job or the end of the queue may end the wait.
        WriteQueue writes(*database, std::chrono::minutes(10));
        createScratchTable(writes);
        const std::size_t commitsBefore = writes.commitCount();
        for (int i = 1; i <= 3; ++i) {
            writes.post([&insert, i](Poco::Data::Session& session) { session << insert, bind(i), bind(0), now; });
        }
        // Time enough for a writer that commits posted work at once to have done so.
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        QCOMPARE(writes.commitCount(), commitsBefore);
        QCOMPARE(count(*database), std::int64_t(0));
        // A job someone waits for ends the wait, and the posted work shares its commit.
        writes.run([&insert](Poco::Data::Session& session) { session << insert, bind(100), bind(1), now; });
        QCOMPARE(writes.commitCount(), commitsBefore + 1);
        QCOMPARE(count(*database), std::int64_t(4));
        writes.post([&insert](Poco::Data::Session& session) { session << insert, bind(5), bind(0), now; });
    }
    // Stopping the queue ends the wait too: what was posted is committed.
    QCOMPARE(count(*database), std::int64_t(5));
}

void TestWriteQueue::batchWithAFailingJobIsRedoneJobByJob_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestWriteQueue::batchWithAFailingJobIsRedoneJobByJob()
{
    QFETCH(QString, backend);
    auto database = freshDatabase(backend);
    const std::string insert = forBackend("INSERT INTO scratch (id, writer) VALUES (?, ?)", database->backend());
    WriteQueue writes(*database);
    createScratchTable(writes);
    constexpr int jobs = 20;
    std::array<std::atomic<int>, jobs> runs {};

    // The writer is held in a job of its own while the batch is queued behind it, so the whole batch is one
    // transaction: post() has queued its job when it returns.
    auto queueBatch = [&](int firstId, bool withFailures) {
        std::promise<void> started;
        std::promise<void> release;
        std::shared_future<void> released = release.get_future().share();
        writes.post([&started, released](Poco::Data::Session&) {
            started.set_value();
            released.wait();
        });
        started.get_future().wait();
        for (int j = 0; j < jobs; ++j) {
            writes.post([&, j, firstId, withFailures](Poco::Data::Session& session) {
                ++runs[static_cast<std::size_t>(j)];
                session << insert, bind(firstId + j), bind(j), now;
                if (withFailures && j == 7) {
                    // A database error: on PostgreSQL it also aborts the transaction the jobs after it ran in.
                    session << insert, bind(firstId + j), bind(j), now;
                }
                if (withFailures && j == 13) {
                    throw std::runtime_error("job 13 failed");
                }
            });
        }
        release.set_value();
        writes.run([](Poco::Data::Session&) {}); // the queue keeps order: everything before it is committed
    };

    queueBatch(1, true);
    // Both failing jobs are undone alone, and the other 18 rows are stored once each.
    QCOMPARE(writes.postedFailures(), std::size_t(2));
    QCOMPARE(count(*database), std::int64_t(jobs - 2));
    QCOMPARE(count(*database, "writer = 7 OR writer = 13"), std::int64_t(0));
    QCOMPARE(writes.redoneBatchCount(), std::size_t(1));

    // A batch without a failure runs every job once, with no second pass.
    for (auto& counter : runs) {
        counter = 0;
    }
    queueBatch(101, false);
    for (const auto& counter : runs) {
        QCOMPARE(counter.load(), 1);
    }
    QCOMPARE(count(*database, "id > 100"), std::int64_t(jobs));
    QCOMPARE(writes.redoneBatchCount(), std::size_t(1));
    QCOMPARE(writes.postedFailures(), std::size_t(2));

    // The last job of a batch swallows a database error: on PostgreSQL the transaction can then only roll back, so
    // the batch must not be taken as committed. Its neighbour's row is stored and the job itself counts as failed.
    writes.run([&insert](Poco::Data::Session& session) { session << insert, bind(201), bind(0), now; });
    std::promise<void> started;
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    writes.post([&started, released](Poco::Data::Session&) {
        started.set_value();
        released.wait();
    });
    started.get_future().wait();
    writes.post([&insert](Poco::Data::Session& session) { session << insert, bind(301), bind(0), now; });
    writes.post([&insert](Poco::Data::Session& session) {
        try {
            session << insert, bind(201), bind(0), now; // a duplicate key
        } catch (const Poco::Exception&) {
            // swallowed on purpose
        }
    });
    release.set_value();
    writes.run([](Poco::Data::Session&) {});
    QCOMPARE(count(*database, "id = 301"), std::int64_t(1));
    if (database->backend() == Database::Backend::PostgreSQL) {
        QCOMPARE(writes.postedFailures(), std::size_t(3));
    }
}

QTEST_GUILESS_MAIN(TestWriteQueue)
#include "TestWriteQueue.moc"
