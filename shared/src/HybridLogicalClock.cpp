// SPDX-License-Identifier: MIT
#include "hss/HybridLogicalClock.h"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <utility>

namespace hss {

namespace {

constexpr std::uint32_t maxLogical = std::numeric_limits<std::uint32_t>::max();

/// Sets \a logical to \a from + 1, or carries into the physical part when the counter is exhausted (4 billion events in
/// one millisecond), which keeps stamps strictly increasing at the cost of running one millisecond ahead.
void increment(std::int64_t& physicalMs, std::uint32_t& logical, std::uint32_t from)
{
    if (from == maxLogical) {
        ++physicalMs;
        logical = 0;
    } else {
        logical = from + 1;
    }
}

} // namespace

HybridLogicalClock::HybridLogicalClock(const Clock& clock, std::string nodeId, std::int64_t maxDriftMs)
    : m_clock(clock)
    , m_nodeId(std::move(nodeId))
    , m_maxDriftMs(maxDriftMs)
{
    if (!isValidHlcNodeId(m_nodeId)) {
        throw std::invalid_argument("HybridLogicalClock: invalid node id");
    }
    if (m_maxDriftMs < 0) {
        throw std::invalid_argument("HybridLogicalClock: negative drift limit");
    }
}

HlcTimestamp HybridLogicalClock::now()
{
    const std::int64_t physicalNow = m_clock.nowMs();
    const std::lock_guard lock(m_mutex);
    if (physicalNow > m_physicalMs) {
        m_physicalMs = physicalNow;
        m_logical = 0;
    } else {
        increment(m_physicalMs, m_logical, m_logical);
    }
    return HlcTimestamp {m_physicalMs, m_logical, m_nodeId};
}

Result<HlcTimestamp> HybridLogicalClock::receive(const HlcTimestamp& remote)
{
    if (remote.physicalMs < 0 || !isValidHlcNodeId(remote.nodeId)) {
        return Error {ErrorCode::InvalidArgument, "hlc", "remote clock stamp has a negative time or a bad node id"};
    }
    const std::int64_t physicalNow = m_clock.nowMs();
    if (remote.physicalMs > physicalNow && remote.physicalMs - physicalNow > m_maxDriftMs) {
        return Error {ErrorCode::OutOfRange, "hlc",
                      "remote clock is " + std::to_string(remote.physicalMs - physicalNow)
                          + " ms ahead of the local clock (limit " + std::to_string(m_maxDriftMs) + " ms)"};
    }
    const std::lock_guard lock(m_mutex);
    const std::int64_t previous = m_physicalMs;
    const std::int64_t merged = std::max({previous, remote.physicalMs, physicalNow});
    if (merged == previous && merged == remote.physicalMs) {
        m_physicalMs = merged;
        increment(m_physicalMs, m_logical, std::max(m_logical, remote.logical));
    } else if (merged == previous) {
        increment(m_physicalMs, m_logical, m_logical);
    } else if (merged == remote.physicalMs) {
        m_physicalMs = merged;
        increment(m_physicalMs, m_logical, remote.logical);
    } else {
        m_physicalMs = merged;
        m_logical = 0;
    }
    return HlcTimestamp {m_physicalMs, m_logical, m_nodeId};
}

HlcTimestamp HybridLogicalClock::last() const
{
    const std::lock_guard lock(m_mutex);
    return HlcTimestamp {m_physicalMs, m_logical, m_nodeId};
}

const std::string& HybridLogicalClock::nodeId() const noexcept
{
    return m_nodeId;
}

std::int64_t HybridLogicalClock::maxDriftMs() const noexcept
{
    return m_maxDriftMs;
}

} // namespace hss
