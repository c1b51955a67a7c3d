// SPDX-License-Identifier: MIT
#include "hss/sync/MutationOutcome.h"

#include "../EnumTable.h"

namespace hss::sync {

namespace {

constexpr hss::detail::EnumTable<MutationOutcome, 4> table {"mutation outcome",
                                                            {{
                                                                {MutationOutcome::Applied, "applied"},
                                                                {MutationOutcome::Merged, "merged"},
                                                                {MutationOutcome::Conflict, "conflict"},
                                                                {MutationOutcome::Rejected, "rejected"},
                                                            }}};

} // namespace

std::string_view toString(MutationOutcome mutationOutcome)
{
    return table.name(mutationOutcome);
}

Result<MutationOutcome> mutationOutcomeFromString(std::string_view text, std::string_view field)
{
    return table.parse(text, field);
}

} // namespace hss::sync
