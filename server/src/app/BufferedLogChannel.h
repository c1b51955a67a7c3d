// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include <Poco/Channel.h>

namespace hss::server {

/// Writes log lines to a file descriptor (standard error by default) in batches: a line of notice level or below (the
/// access log: one per request) waits up to the flush interval for company, so a busy server makes one write per
/// batch instead of one per request; a warning or worse is written at once, with every line before it, in order.
/// close() and the destructor write what is left. Thread-safe.
class BufferedLogChannel final : public Poco::Channel
{
public:
    explicit BufferedLogChannel(int fd = 2, std::chrono::milliseconds flushInterval = std::chrono::milliseconds(100));

    void open() override;
    void close() override;
    void log(const Poco::Message& message) override;

private:
    ~BufferedLogChannel() override;

    void flushLoop();
    /// Takes the buffered lines and writes them, outside m_mutex so that logging threads do not wait for the disk.
    void flush();

    int m_fd;
    std::chrono::milliseconds m_flushInterval;
    std::mutex m_writing; ///< held while lines are written, so batches reach the file in the order they were taken
    std::mutex m_mutex; ///< guards m_buffer and m_stopping
    std::condition_variable m_wake;
    std::string m_buffer;
    bool m_stopping = false;
    std::thread m_flusher;
};

} // namespace hss::server
