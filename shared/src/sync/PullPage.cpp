// SPDX-License-Identifier: MIT
#include "hss/sync/PullPage.h"

#include <limits>

#include <nlohmann/json.hpp>

#include "../FieldRules.h"
#include "SyncJson.h"
#include "hss/sync/SyncCursor.h"

namespace hss::sync {

namespace {

/// Sequence order and the cursor; the changes themselves are checked separately.
Status checkOrderAndCursor(const PullPage& page)
{
    for (std::size_t i = 1; i < page.changes.size(); ++i) {
        if (page.changes[i].sequence <= page.changes[i - 1].sequence) {
            return Error {ErrorCode::OutOfRange, detail::elementPrefix("changes", i) + "sequence",
                          "changes must come in strictly increasing sequence order"};
        }
    }
    auto cursor = parseCursor(page.cursor);
    if (!cursor) {
        return cursor.error();
    }
    if (!page.changes.empty() && cursor.value() < page.changes.back().sequence) {
        // A cursor behind its own page would make the console pull the same rows forever.
        return Error {ErrorCode::InvalidArgument, "cursor", "the cursor is before the last change of its page"};
    }
    return detail::checkHlc("server_hlc", page.serverHlc);
}

} // namespace

Status validate(const PullPage& page)
{
    if (auto valid = detail::validateEach("changes", page.changes); !valid) {
        return valid;
    }
    return checkOrderAndCursor(page);
}

nlohmann::json toJson(const PullPage& page)
{
    nlohmann::json changes = nlohmann::json::array();
    for (const auto& change : page.changes) {
        changes.push_back(toJson(change));
    }
    return nlohmann::json {
        {"changes", std::move(changes)},
        {"cursor", page.cursor},
        {"has_more", page.hasMore},
        {"server_hlc", page.serverHlc.toString()},
    };
}

Result<PullPage> pullPageFromJson(const nlohmann::json& json)
{
    detail::JsonObjectReader reader(json);
    PullPage page;
    detail::readArray(reader, "changes", std::numeric_limits<std::size_t>::max(), &changeFromJson, page.changes);
    reader.string("cursor", page.cursor);
    reader.boolean("has_more", page.hasMore);
    detail::readHlc(reader, "server_hlc", page.serverHlc);
    if (auto status = reader.finish(); !status) {
        return status.error();
    }
    // Each change was validated while decoding.
    if (auto valid = checkOrderAndCursor(page); !valid) {
        return valid.error();
    }
    return page;
}

} // namespace hss::sync
