// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

namespace hss::metrics {

/// A reporting period: the half-open interval [from, to) of UTC milliseconds since the epoch. An instant belongs to
/// the period when from <= instant < to, so adjacent periods never count an event twice. A period with to <= from
/// is empty: nothing lies in it.
struct Period
{
    std::int64_t from = 0;
    std::int64_t to = 0;

    /// True when \a instant lies in [from, to).
    bool contains(std::int64_t instant) const noexcept { return from <= instant && instant < to; }

    /// True when nothing can lie in the period (to <= from).
    bool isEmpty() const noexcept { return to <= from; }

    /// True when \a other is not empty and lies entirely inside this period.
    bool encloses(const Period& other) const noexcept
    {
        return !other.isEmpty() && from <= other.from && other.to <= to;
    }

    friend bool operator==(const Period&, const Period&) = default;
};

} // namespace hss::metrics
