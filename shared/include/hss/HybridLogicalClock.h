// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <mutex>
#include <string>

#include "hss/Clock.h"
#include "hss/HlcTimestamp.h"
#include "hss/Result.h"

namespace hss {

/// A hybrid logical clock (Kulkarni et al., "Logical Physical Clocks", 2014): stamps stay close to physical time,
/// never go backwards even when the physical clock does, and respect causality across nodes.
/// Thread-safe. Does not own the clock, which must outlive it.
class HybridLogicalClock final
{
public:
    /// 24 hours: a remote stamp further ahead of the local physical clock than this is refused.
    static constexpr std::int64_t defaultMaxDriftMs = 24LL * 60 * 60 * 1000;

    /// A clock for node \a nodeId reading physical time from \a clock. Throws std::invalid_argument for a node id
    /// failing isValidHlcNodeId() or a negative \a maxDriftMs (configuration bugs).
    HybridLogicalClock(const Clock& clock, std::string nodeId, std::int64_t maxDriftMs = defaultMaxDriftMs);

    HybridLogicalClock(const HybridLogicalClock&) = delete;
    HybridLogicalClock& operator=(const HybridLogicalClock&) = delete;

    /// A stamp for a local event or an outgoing message; greater than every stamp issued or received before.
    HlcTimestamp now();

    /// Merges a stamp received from another node and returns the stamp of the receive event. A remote stamp more
    /// than maxDriftMs ahead of the local physical clock gives OutOfRange and leaves the clock unchanged, so one
    /// device with a broken clock cannot drag every node into the future; an invalid stamp gives InvalidArgument.
    Result<HlcTimestamp> receive(const HlcTimestamp& remote);

    /// The last stamp issued, without advancing the clock (physicalMs 0 before the first event).
    HlcTimestamp last() const;

    /// This node's id.
    const std::string& nodeId() const noexcept;

    /// The configured drift limit in milliseconds.
    std::int64_t maxDriftMs() const noexcept;

private:
    const Clock& m_clock;
    const std::string m_nodeId;
    const std::int64_t m_maxDriftMs;
    mutable std::mutex m_mutex;
    std::int64_t m_physicalMs = 0;
    std::uint32_t m_logical = 0;
};

} // namespace hss
