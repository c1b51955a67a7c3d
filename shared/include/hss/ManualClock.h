// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>

#include "hss/Clock.h"

namespace hss {

/// A clock that only moves when told to, for tests; thread-safe.
class ManualClock final : public Clock
{
public:
    /// Starts at \a startMs milliseconds since the Unix epoch.
    explicit ManualClock(std::int64_t startMs = 0);

    /// The time last set.
    std::int64_t nowMs() const override;

    /// Sets the time; going backwards is allowed (to simulate a clock being corrected).
    void setNowMs(std::int64_t unixMs);

    /// Moves the time by \a deltaMs (may be negative).
    void advanceMs(std::int64_t deltaMs);

private:
    std::atomic<std::int64_t> m_nowMs;
};

} // namespace hss
