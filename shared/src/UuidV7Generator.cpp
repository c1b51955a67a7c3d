// SPDX-License-Identifier: MIT
#include "hss/UuidV7Generator.h"

#include <algorithm>

namespace hss {

namespace {

constexpr std::int64_t maxUnixMs48 = (std::int64_t {1} << 48) - 1;
constexpr std::uint64_t randBBits = 62;
constexpr std::uint64_t randBLimit = std::uint64_t {1} << randBBits;
constexpr std::uint64_t randALimit = std::uint64_t {1} << 12;
// Keeps successive ids in one millisecond hard to guess while leaving room for ~2^43 of them.
constexpr std::uint64_t maxStep = std::uint64_t {1} << 31;

std::uint64_t randA(const Uuid::Bytes& bytes)
{
    return (std::uint64_t {bytes[6] & 0x0Fu} << 8) | bytes[7];
}

std::uint64_t randB(const Uuid::Bytes& bytes)
{
    std::uint64_t value = bytes[8] & 0x3Fu;
    for (std::size_t i = 9; i < 16; ++i) {
        value = value << 8 | bytes[i];
    }
    return value;
}

Uuid assemble(std::int64_t unixMs, std::uint64_t a, std::uint64_t b)
{
    Uuid::Bytes bytes {};
    for (std::size_t i = 0; i < 6; ++i) {
        bytes[i] = static_cast<std::uint8_t>(unixMs >> (8 * (5 - i)));
    }
    bytes[6] = static_cast<std::uint8_t>(0x70 | (a >> 8));
    bytes[7] = static_cast<std::uint8_t>(a & 0xFF);
    bytes[8] = static_cast<std::uint8_t>(0x80 | (b >> 56));
    for (std::size_t i = 9; i < 16; ++i) {
        bytes[i] = static_cast<std::uint8_t>(b >> (8 * (15 - i)));
    }
    return Uuid(bytes);
}

} // namespace

UuidV7Generator::UuidV7Generator(const Clock& clock, RandomSource& random)
    : m_clock(clock)
    , m_random(random)
{ }

Uuid UuidV7Generator::next()
{
    const std::lock_guard lock(m_mutex);
    const std::int64_t nowMs = std::clamp<std::int64_t>(m_clock.nowMs(), 0, maxUnixMs48);
    Uuid candidate = Uuid::generateV7(nowMs, m_random);
    if (!m_last.isNil() && candidate <= m_last) {
        // Same millisecond, or the clock stepped back: count up from the previous id instead.
        const auto& last = m_last.bytes();
        std::int64_t unixMs = *m_last.timestampMs();
        std::uint64_t a = randA(last);
        std::uint64_t b = randB(last) + 1 + m_random.nextU64() % maxStep;
        if (b >= randBLimit) {
            b -= randBLimit;
            ++a;
        }
        if (a >= randALimit) {
            // 74 bits exhausted within one millisecond: borrow the next millisecond.
            unixMs = std::min(unixMs + 1, maxUnixMs48);
            a = 0;
            b = m_random.nextU64() % randBLimit / 2;
        }
        candidate = assemble(unixMs, a, b);
    }
    m_last = candidate;
    return candidate;
}

} // namespace hss
