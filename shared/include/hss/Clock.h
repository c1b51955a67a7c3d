// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

namespace hss {

/// A source of wall-clock time, injected wherever "now" matters so tests can control it.
/// Implementations must be safe to call from several threads at once.
class Clock
{
public:
    virtual ~Clock() = default;

    /// Milliseconds since the Unix epoch (UTC).
    virtual std::int64_t nowMs() const = 0;

protected:
    Clock() = default;
    Clock(const Clock&) = default;
    Clock& operator=(const Clock&) = default;
};

} // namespace hss
