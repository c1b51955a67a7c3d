// SPDX-License-Identifier: MIT
#include "hss/sync/MutationKind.h"

#include "../EnumTable.h"

namespace hss::sync {

namespace {

constexpr hss::detail::EnumTable<MutationKind, 3> table {"mutation kind",
                                                         {{
                                                             {MutationKind::Create, "create"},
                                                             {MutationKind::Update, "update"},
                                                             {MutationKind::Delete, "delete"},
                                                         }}};

} // namespace

std::string_view toString(MutationKind mutationKind)
{
    return table.name(mutationKind);
}

Result<MutationKind> mutationKindFromString(std::string_view text, std::string_view field)
{
    return table.parse(text, field);
}

} // namespace hss::sync
