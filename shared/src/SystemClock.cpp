// SPDX-License-Identifier: MIT
#include "hss/SystemClock.h"

#include <chrono>

namespace hss {

std::int64_t SystemClock::nowMs() const
{
    const auto sinceEpoch = std::chrono::system_clock::now().time_since_epoch();
    return std::chrono::duration_cast<std::chrono::milliseconds>(sinceEpoch).count();
}

} // namespace hss
