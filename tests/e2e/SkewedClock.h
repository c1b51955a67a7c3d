// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

#include "hss/Clock.h"
#include "hss/SystemClock.h"

namespace hss::test {

/// The system clock moved by a fixed offset: a device whose clock is set wrong (e.g. one hour ahead or behind).
class SkewedClock final : public Clock
{
public:
    explicit SkewedClock(std::int64_t offsetMs = 0)
        : m_offsetMs(offsetMs)
    { }

    std::int64_t nowMs() const override { return m_system.nowMs() + m_offsetMs; }

private:
    SystemClock m_system;
    std::int64_t m_offsetMs;
};

} // namespace hss::test
