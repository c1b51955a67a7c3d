// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <string_view>

#include "hss/Result.h"

namespace hss::sync {

/// What a pushed mutation does to its entity; isMutationAllowed() says which kinds each entity accepts.
enum class MutationKind {
    Create,
    Update,
    Delete,
};

/// Every MutationKind value in declaration order.
inline constexpr std::array<MutationKind, 3> allMutationKinds {
    MutationKind::Create,
    MutationKind::Update,
    MutationKind::Delete,
};

/// The stable wire name, e.g. "update".
std::string_view toString(MutationKind mutationKind);

/// Parses a wire name; anything else gives UnknownValue naming \a field.
Result<MutationKind> mutationKindFromString(std::string_view text, std::string_view field = "kind");

} // namespace hss::sync
