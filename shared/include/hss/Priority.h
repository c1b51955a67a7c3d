// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <string_view>

#include "hss/Result.h"

namespace hss {

/// How urgent a ticket is; declared from most to least severe.
enum class Priority {
    Emergency,
    Critical,
    High,
    Medium,
    Low,
};

/// Every Priority value in declaration order.
inline constexpr std::array<Priority, 5> allPriorities {
    Priority::Emergency, Priority::Critical, Priority::High, Priority::Medium, Priority::Low,
};

/// The stable wire name, e.g. "emergency".
std::string_view toString(Priority priority);

/// Parses a wire name; anything else gives UnknownValue naming \a field.
Result<Priority> priorityFromString(std::string_view text, std::string_view field = "priority");

/// Severity rank for comparisons: Emergency 4, Critical 3, High 2, Medium 1, Low 0 (higher is more severe).
int severityRank(Priority priority);

/// The more severe of \a a and \a b (a merge never lowers a ticket's severity).
Priority mostSevere(Priority a, Priority b);

} // namespace hss
