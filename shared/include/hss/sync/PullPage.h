// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "hss/HlcTimestamp.h"
#include "hss/Result.h"
#include "hss/sync/Change.h"

namespace hss::sync {

/// One page of the pull feed: changes in sequence order, the cursor to ask with next, and the server's clock so the
/// console's hybrid logical clock can catch up (HybridLogicalClock::receive()).
/// JSON keys: changes, cursor, has_more, server_hlc.
struct PullPage
{
    std::vector<Change> changes; ///< Strictly increasing sequence numbers.
    std::string cursor; ///< formatCursor() of a sequence at or after the last change (scoping may skip rows).
    bool hasMore = false; ///< True when the console should pull again right away.
    HlcTimestamp serverHlc;

    /// Member-wise equality.
    friend bool operator==(const PullPage&, const PullPage&) = default;
};

/// Success, or the first broken rule with the JSON name of its field ("changes[2].hlc").
Status validate(const PullPage& page);

/// The JSON object for \a page.
nlohmann::json toJson(const PullPage& page);
/// The same object, with the rows of \a page moved into it rather than copied.
nlohmann::json toJson(PullPage&& page);
/// The compact JSON text of toJson(page) (what toJsonText() gives for it), written directly: no DOM of the page is
/// built and no row is copied. What the server answers a pull with.
std::string pullPageText(const PullPage& page);

/// Decodes and validates a pull page.
Result<PullPage> pullPageFromJson(const nlohmann::json& json);

} // namespace hss::sync
