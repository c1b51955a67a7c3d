// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "hss/HlcTimestamp.h"
#include "hss/Result.h"
#include "hss/Ticket.h"

namespace hss::sync {

/// When a field of an entity last changed on the server: the clock of the winning edit and the revision it made.
/// The merge calls a field concurrent with an edit when revision > the edit's base revision.
struct FieldStamp
{
    HlcTimestamp hlc;
    std::int64_t revision = 0; ///< >= 0.

    /// Member-wise equality.
    friend bool operator==(const FieldStamp&, const FieldStamp&) = default;
};

/// A ticket's field stamps keyed by the field's JSON name (one of ticketPatchFields). The server keeps them in one
/// column as {"title": {"hlc": "...", "revision": 3}, ...}; a field without a stamp counts as possibly changed at the
/// ticket's current revision (see mergeTicketUpdate()).
using TicketFieldStamps = std::map<std::string, FieldStamp>;

/// Success, or the first broken rule: unknown field names (UnknownField), bad clocks, negative revisions, named
/// like "title.hlc".
Status validate(const TicketFieldStamps& stamps);

/// The JSON object for \a stamps.
nlohmann::json toJson(const TicketFieldStamps& stamps);

/// Decodes and validates stored field stamps.
Result<TicketFieldStamps> ticketFieldStampsFromJson(const nlohmann::json& json);

/// \a stamps with {hlc, revision} for every mutable field whose value differs between \a before and \a after:
/// how a change made outside the merge (a REST edit) takes part in later merges.
TicketFieldStamps restampChangedFields(const Ticket& before, const Ticket& after, TicketFieldStamps stamps,
                                       const HlcTimestamp& hlc, std::int64_t revision);

} // namespace hss::sync
