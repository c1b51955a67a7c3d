// SPDX-License-Identifier: MIT
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "hss/Result.h"

namespace hss {

/// A hybrid logical clock reading: totally ordered by (physicalMs, logical, nodeId).
struct HlcTimestamp
{
    std::int64_t physicalMs = 0; ///< Milliseconds since the Unix epoch, the largest physical time seen.
    std::uint32_t logical = 0; ///< Counter that orders events within one physicalMs.
    std::string nodeId; ///< The issuing node; breaks ties so distinct nodes never produce equal stamps.

    /// Fixed-width text "PPPPPPPPPPPPPPPPPP-LLLLLLLLLL-nodeId" (18 and 10 zero-padded digits) whose byte-wise
    /// order equals the order of the timestamps (for 0 <= physicalMs < 10^18, which every real clock satisfies).
    std::string toString() const;

    /// Parses toString()'s form; anything else gives InvalidArgument naming \a field.
    static Result<HlcTimestamp> parse(std::string_view text, std::string_view field = "hlc");

    /// Member-wise comparison in declaration order (physicalMs, logical, nodeId).
    friend std::strong_ordering operator<=>(const HlcTimestamp&, const HlcTimestamp&) = default;
    /// Member-wise equality.
    friend bool operator==(const HlcTimestamp&, const HlcTimestamp&) = default;
};

/// True for a usable node id: 1..64 characters from [A-Za-z0-9._:-].
bool isValidHlcNodeId(std::string_view nodeId) noexcept;

} // namespace hss
