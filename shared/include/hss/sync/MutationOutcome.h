// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <string_view>

#include "hss/Result.h"

namespace hss::sync {

/// The server's answer to one pushed mutation: taken as sent, merged with concurrent edits, kept the server's text
/// with a visible conflict note, or refused (with a reason).
enum class MutationOutcome {
    Applied,
    Merged,
    Conflict,
    Rejected,
};

/// Every MutationOutcome value in declaration order.
inline constexpr std::array<MutationOutcome, 4> allMutationOutcomes {
    MutationOutcome::Applied,
    MutationOutcome::Merged,
    MutationOutcome::Conflict,
    MutationOutcome::Rejected,
};

/// The stable wire name, e.g. "applied".
std::string_view toString(MutationOutcome mutationOutcome);

/// Parses a wire name; anything else gives UnknownValue naming \a field.
Result<MutationOutcome> mutationOutcomeFromString(std::string_view text, std::string_view field = "outcome");

} // namespace hss::sync
