// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>

namespace hss::metrics {

/// A count out of a total and its percentage: part of whole, as 0..100. The percentage is empty when whole is 0
/// (nothing qualified), never NaN.
struct Share
{
    std::int64_t part = 0;
    std::int64_t whole = 0;
    std::optional<double> percent;

    /// part / whole * 100, or an empty percentage when \a whole <= 0. \a part is used as given (callers cap it).
    static Share of(std::int64_t part, std::int64_t whole);

    friend bool operator==(const Share&, const Share&) = default;
};

} // namespace hss::metrics
