// SPDX-License-Identifier: MIT
#include "TicketSlaCodec.h"

#include <cstdint>
#include <limits>
#include <string>

namespace hss::client {

namespace {

using sla::SlaClock;
using sla::SlaEvent;
using sla::SlaReport;

constexpr unsigned stateMask = 0x07;
constexpr unsigned pausedFlag = 0x08;
constexpr unsigned stoppedFlag = 0x10;
constexpr unsigned dueFlag = 0x20;
constexpr unsigned lastState = static_cast<unsigned>(sla::SlaState::Met);
constexpr unsigned lastEventKind = static_cast<unsigned>(sla::SlaEventKind::Breach);

class Writer final
{
public:
    void byte(unsigned value) { m_out.append(static_cast<char>(value)); }

    void unsignedNumber(std::uint64_t value)
    {
        while (value >= 0x80) {
            byte(static_cast<unsigned>(value & 0x7f) | 0x80);
            value >>= 7;
        }
        byte(static_cast<unsigned>(value));
    }

    /// \a value - \a base, zigzag-coded; unsigned arithmetic so any pair of times round-trips without overflow.
    void time(std::int64_t value, std::int64_t base)
    {
        const std::uint64_t delta = static_cast<std::uint64_t>(value) - static_cast<std::uint64_t>(base);
        unsignedNumber((delta << 1) ^ (std::uint64_t {0} - (delta >> 63)));
    }

    void text(const std::string& value)
    {
        unsignedNumber(value.size());
        m_out.append(value.data(), static_cast<qsizetype>(value.size()));
    }

    QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
};

class Reader final
{
public:
    explicit Reader(QByteArrayView bytes)
        : m_bytes(bytes)
    { }

    bool failed() const { return m_failed; }
    void fail() { m_failed = true; }
    bool atEnd() const { return m_at == m_bytes.size(); }

    unsigned byte()
    {
        if (m_at >= m_bytes.size()) {
            m_failed = true;
            return 0;
        }
        return static_cast<unsigned char>(m_bytes[m_at++]);
    }

    std::uint64_t unsignedNumber()
    {
        std::uint64_t value = 0;
        for (int shift = 0; shift < 64 && !m_failed; shift += 7) {
            const unsigned next = byte();
            if (shift == 63 && next > 1) {
                break; // more than 64 bits
            }
            value |= static_cast<std::uint64_t>(next & 0x7f) << shift;
            if ((next & 0x80) == 0) {
                return value;
            }
        }
        m_failed = true;
        return 0;
    }

    /// A non-negative number no larger than \a max.
    std::uint64_t bounded(std::uint64_t max)
    {
        const std::uint64_t value = unsignedNumber();
        if (value > max) {
            m_failed = true;
            return 0;
        }
        return value;
    }

    std::int64_t time(std::int64_t base)
    {
        const std::uint64_t zigzag = unsignedNumber();
        const std::uint64_t delta = (zigzag >> 1) ^ (std::uint64_t {0} - (zigzag & 1));
        return static_cast<std::int64_t>(static_cast<std::uint64_t>(base) + delta);
    }

    /// Assigns rather than returns, so a reused \a value keeps its buffer.
    void text(std::string& value)
    {
        const auto size = static_cast<qsizetype>(bounded(static_cast<std::uint64_t>(m_bytes.size() - m_at)));
        if (m_failed) {
            value.clear();
            return;
        }
        value.assign(m_bytes.data() + m_at, static_cast<std::size_t>(size));
        m_at += size;
    }

    qsizetype remaining() const { return m_bytes.size() - m_at; }

private:
    QByteArrayView m_bytes;
    qsizetype m_at = 0;
    bool m_failed = false;
};

constexpr auto maxInt = static_cast<std::uint64_t>(std::numeric_limits<int>::max());
constexpr auto maxInt64 = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());

void readClock(Reader& in, SlaClock& clock, std::int64_t evaluatedAt)
{
    const unsigned flags = in.byte();
    if ((flags & ~(stateMask | pausedFlag | stoppedFlag | dueFlag)) != 0 || (flags & stateMask) > lastState) {
        in.fail();
        return;
    }
    clock.state = static_cast<sla::SlaState>(flags & stateMask);
    clock.paused = (flags & pausedFlag) != 0;
    in.text(clock.policyId);
    clock.startedAt = in.time(evaluatedAt);
    clock.stoppedAt.reset();
    clock.dueAt.reset();
    clock.upcoming.clear();
    if ((flags & stoppedFlag) != 0) {
        clock.stoppedAt = in.time(clock.startedAt);
    }
    if ((flags & dueFlag) != 0) {
        clock.dueAt = in.time(clock.startedAt);
    }
    clock.targetMs = static_cast<std::int64_t>(in.bounded(maxInt64));
    clock.elapsedMs = static_cast<std::int64_t>(in.bounded(maxInt64));
    clock.remainingMs = clock.targetMs - clock.elapsedMs;
    clock.escalationLevel = static_cast<int>(in.bounded(maxInt));
    // Each event takes at least four bytes: a count beyond that is garbage, not a reason to allocate.
    const auto events = in.bounded(static_cast<std::uint64_t>(in.remaining() / 4));
    for (std::uint64_t i = 0; i < events && !in.failed(); ++i) {
        SlaEvent event;
        event.clock = clock.kind;
        const unsigned kind = in.byte();
        if (kind > lastEventKind) {
            in.fail();
            return;
        }
        event.kind = static_cast<sla::SlaEventKind>(kind);
        event.level = static_cast<int>(in.bounded(maxInt));
        event.at = in.time(clock.startedAt);
        event.clockStartedAt = in.time(clock.startedAt);
        clock.upcoming.push_back(event);
    }
}

} // namespace

QByteArray TicketSlaCodec::encode(const SlaReport& report)
{
    Writer out;
    out.byte(static_cast<unsigned>(version));
    out.time(report.evaluatedAt, 0);
    for (const SlaClock& clock : report.clocks) {
        out.byte(static_cast<unsigned>(clock.state) | (clock.paused ? pausedFlag : 0)
                 | (clock.stoppedAt ? stoppedFlag : 0) | (clock.dueAt ? dueFlag : 0));
        out.text(clock.policyId);
        out.time(clock.startedAt, report.evaluatedAt);
        if (clock.stoppedAt) {
            out.time(*clock.stoppedAt, clock.startedAt);
        }
        if (clock.dueAt) {
            out.time(*clock.dueAt, clock.startedAt);
        }
        // Never negative in a report the calculator made; the decoder refuses what does not fit.
        out.unsignedNumber(static_cast<std::uint64_t>(clock.targetMs));
        out.unsignedNumber(static_cast<std::uint64_t>(clock.elapsedMs));
        out.unsignedNumber(static_cast<std::uint64_t>(clock.escalationLevel));
        out.unsignedNumber(clock.upcoming.size());
        for (const SlaEvent& event : clock.upcoming) {
            out.byte(static_cast<unsigned>(event.kind));
            out.unsignedNumber(static_cast<std::uint64_t>(event.level));
            out.time(event.at, clock.startedAt);
            out.time(event.clockStartedAt, clock.startedAt);
        }
    }
    return out.take();
}

Result<SlaReport> TicketSlaCodec::decode(QByteArrayView bytes)
{
    SlaReport report;
    if (auto error = decode(bytes, report)) {
        return *std::move(error);
    }
    return report;
}

std::optional<Error> TicketSlaCodec::decode(QByteArrayView bytes, sla::SlaReport& report)
{
    const auto invalid = [](const char* why) { return Error {ErrorCode::InvalidArgument, "clocks", why}; };
    if (bytes.isEmpty() || bytes[0] != version) {
        return invalid("not SLA clocks of a known version");
    }
    Reader in(bytes.sliced(1));
    report.evaluatedAt = in.time(0);
    for (std::size_t i = 0; i < report.clocks.size() && !in.failed(); ++i) {
        report.clocks[i].kind = sla::allSlaClockKinds[i];
        readClock(in, report.clocks[i], report.evaluatedAt);
    }
    if (in.failed()) {
        return invalid("truncated or malformed SLA clocks");
    }
    if (!in.atEnd()) {
        return invalid("trailing bytes after the SLA clocks");
    }
    return std::nullopt;
}

} // namespace hss::client
