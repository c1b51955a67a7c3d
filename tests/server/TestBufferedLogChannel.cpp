// SPDX-License-Identifier: MIT
#include <QtTest>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include <Poco/AutoPtr.h>
#include <Poco/Message.h>

#include "app/BufferedLogChannel.h"
#include <fcntl.h>
#include <unistd.h>

using hss::server::BufferedLogChannel;
using namespace std::chrono_literals;

namespace {

Poco::Message message(const std::string& text, Poco::Message::Priority priority)
{
    return Poco::Message("hss.test", text, priority);
}

/// Everything written to the file so far.
std::string contents(int fd)
{
    std::string text;
    char block[4096];
    ssize_t got = 0;
    off_t offset = 0;
    while ((got = ::pread(fd, block, sizeof block, offset)) > 0) {
        text.append(block, static_cast<std::size_t>(got));
        offset += got;
    }
    return text;
}

} // namespace

/// The server's log lines reach standard error in batches, warnings at once, nothing lost and nothing reordered.
class TestBufferedLogChannel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void informationWaitsAWarningDoesNot();
    void theIntervalWritesWhatWaits();
    void closeWritesTheRest();
    void concurrentLinesStayWhole();

private:
    int m_fd = -1;
    QTemporaryDir m_dir;
};

void TestBufferedLogChannel::init()
{
    QVERIFY(m_dir.isValid());
    m_fd = ::open(m_dir.filePath(QStringLiteral("log.txt")).toLocal8Bit().constData(),
                  O_CREAT | O_TRUNC | O_RDWR | O_APPEND, 0600);
    QVERIFY(m_fd >= 0);
}

void TestBufferedLogChannel::cleanup()
{
    ::close(m_fd);
}

void TestBufferedLogChannel::informationWaitsAWarningDoesNot()
{
    Poco::AutoPtr<BufferedLogChannel> channel = new BufferedLogChannel(m_fd, 1h);
    channel->log(message("GET /api/tickets/1 200", Poco::Message::PRIO_INFORMATION));
    channel->log(message("GET /api/tickets/2 200", Poco::Message::PRIO_INFORMATION));
    QCOMPARE(contents(m_fd), std::string());
    channel->log(message("database unreachable", Poco::Message::PRIO_WARNING));
    QCOMPARE(contents(m_fd), std::string("GET /api/tickets/1 200\nGET /api/tickets/2 200\ndatabase unreachable\n"));
    channel->log(message("SLA engine stopped", Poco::Message::PRIO_CRITICAL));
    QCOMPARE(contents(m_fd),
             std::string("GET /api/tickets/1 200\nGET /api/tickets/2 200\ndatabase unreachable\nSLA engine stopped\n"));
    channel->close();
}

void TestBufferedLogChannel::theIntervalWritesWhatWaits()
{
    Poco::AutoPtr<BufferedLogChannel> channel = new BufferedLogChannel(m_fd, 20ms);
    channel->log(message("POST /api/tickets 201", Poco::Message::PRIO_INFORMATION));
    QTRY_COMPARE_WITH_TIMEOUT(contents(m_fd), std::string("POST /api/tickets 201\n"), 5000);
    channel->close();
}

void TestBufferedLogChannel::closeWritesTheRest()
{
    Poco::AutoPtr<BufferedLogChannel> channel = new BufferedLogChannel(m_fd, 1h);
    channel->log(message("last request", Poco::Message::PRIO_INFORMATION));
    channel->close();
    QCOMPARE(contents(m_fd), std::string("last request\n"));
    // Whatever is logged after close() is written at once.
    channel->log(message("after close", Poco::Message::PRIO_INFORMATION));
    QCOMPARE(contents(m_fd), std::string("last request\nafter close\n"));
}

void TestBufferedLogChannel::concurrentLinesStayWhole()
{
    constexpr int threads = 4;
    constexpr int perThread = 5000; // well past the batch size, so batches are also written while threads log
    {
        Poco::AutoPtr<BufferedLogChannel> channel = new BufferedLogChannel(m_fd, 5ms);
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([&channel, t] {
                for (int i = 0; i < perThread; ++i) {
                    channel->log(message("thread " + std::to_string(t) + " line " + std::to_string(i),
                                         Poco::Message::PRIO_INFORMATION));
                }
            });
        }
        for (auto& worker : workers) {
            worker.join();
        }
        channel->close();
    }
    const std::string text = contents(m_fd);
    std::vector<int> next(threads, 0);
    std::size_t start = 0;
    int lines = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        QVERIFY(end != std::string::npos);
        const std::string line = text.substr(start, end - start);
        int thread = -1;
        int index = -1;
        QCOMPARE(std::sscanf(line.c_str(), "thread %d line %d", &thread, &index), 2);
        QVERIFY(thread >= 0 && thread < threads);
        QCOMPARE(index, next[static_cast<std::size_t>(thread)]); // each thread's lines in its order
        ++next[static_cast<std::size_t>(thread)];
        ++lines;
        start = end + 1;
    }
    QCOMPARE(lines, threads * perThread);
}

QTEST_GUILESS_MAIN(TestBufferedLogChannel)
#include "TestBufferedLogChannel.moc"
