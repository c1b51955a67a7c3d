// SPDX-License-Identifier: MIT
#pragma once

#include "hss/Clock.h"

namespace hss {

/// The operating system's wall clock (std::chrono::system_clock); it may jump backwards when the OS clock is set.
class SystemClock final : public Clock
{
public:
    /// Current wall-clock time in milliseconds since the Unix epoch.
    std::int64_t nowMs() const override;
};

} // namespace hss
