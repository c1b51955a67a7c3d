// SPDX-License-Identifier: MIT
#include "BufferedLogChannel.h"

#include <cerrno>

#include <Poco/Message.h>

#include <unistd.h>

namespace hss::server {

namespace {

// Past this many bytes the lines are written at once, without waiting for the interval.
constexpr std::size_t flushBytes = 64 * 1024;

} // namespace

BufferedLogChannel::BufferedLogChannel(int fd, std::chrono::milliseconds flushInterval)
    : m_fd(fd)
    , m_flushInterval(flushInterval)
{
    m_buffer.reserve(flushBytes);
    m_flusher = std::thread([this] { flushLoop(); });
}

BufferedLogChannel::~BufferedLogChannel()
{
    close();
}

void BufferedLogChannel::open() { }

void BufferedLogChannel::close()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_flusher.joinable() && m_flusher.get_id() != std::this_thread::get_id()) {
        m_flusher.join();
    }
    flush();
}

void BufferedLogChannel::log(const Poco::Message& message)
{
    bool now = false;
    {
        const std::lock_guard lock(m_mutex);
        m_buffer.append(message.getText()).push_back('\n');
        // After close() nobody flushes later; a warning must not wait for anyone.
        now = m_stopping || message.getPriority() <= Poco::Message::PRIO_WARNING || m_buffer.size() >= flushBytes;
    }
    if (now) {
        flush();
    }
}

void BufferedLogChannel::flushLoop()
{
    while (true) {
        {
            std::unique_lock lock(m_mutex);
            if (m_wake.wait_for(lock, m_flushInterval, [this] { return m_stopping; })) {
                return; // close() writes the rest
            }
        }
        flush();
    }
}

void BufferedLogChannel::flush()
{
    const std::lock_guard writing(m_writing);
    std::string lines;
    {
        const std::lock_guard lock(m_mutex);
        lines.swap(m_buffer);
        m_buffer.reserve(lines.capacity());
    }
    std::size_t written = 0;
    while (written < lines.size()) {
        const ssize_t result = ::write(m_fd, lines.data() + written, lines.size() - written);
        if (result < 0 && errno == EINTR) {
            continue;
        }
        if (result <= 0) {
            break; // nowhere to write (closed, or a full disk): the lines are lost, as with a console channel
        }
        written += static_cast<std::size_t>(result);
    }
}

} // namespace hss::server
