// SPDX-License-Identifier: MIT
#include "hss/ManualClock.h"

namespace hss {

ManualClock::ManualClock(std::int64_t startMs)
    : m_nowMs(startMs)
{ }

std::int64_t ManualClock::nowMs() const
{
    return m_nowMs.load();
}

void ManualClock::setNowMs(std::int64_t unixMs)
{
    m_nowMs.store(unixMs);
}

void ManualClock::advanceMs(std::int64_t deltaMs)
{
    m_nowMs.fetch_add(deltaMs);
}

} // namespace hss
