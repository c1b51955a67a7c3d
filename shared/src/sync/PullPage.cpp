// SPDX-License-Identifier: MIT
#include "hss/sync/PullPage.h"

#include <limits>

#include <nlohmann/json.hpp>

#include "../FieldRules.h"
#include "SyncJson.h"
#include "hss/JsonTextWriter.h"
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
    return toJson(PullPage(page));
}

nlohmann::json toJson(PullPage&& page)
{
    nlohmann::json::array_t changes;
    changes.reserve(page.changes.size());
    for (Change& change : page.changes) {
        changes.push_back(toJson(std::move(change)));
    }
    nlohmann::json json = nlohmann::json::object();
    json["changes"] = std::move(changes);
    json["cursor"] = std::move(page.cursor);
    json["has_more"] = page.hasMore;
    json["server_hlc"] = page.serverHlc.toString();
    return json;
}

std::string pullPageText(const PullPage& page)
{
    // About 1 KB a row in an initial sync: reserved once rather than grown by doubling.
    constexpr std::size_t bytesPerChange = 1024;
    JsonTextWriter out(256 + page.changes.size() * bytesPerChange);
    // Members in name order, as toJson()'s DOM writes them; the console reads "cursor" and "has_more" after the rows.
    out.beginObject();
    out.key("changes");
    out.beginArray();
    for (const Change& change : page.changes) {
        writeJson(out, change);
    }
    out.endArray();
    out.key("cursor");
    out.string(page.cursor);
    out.key("has_more");
    out.boolean(page.hasMore);
    out.key("server_hlc");
    out.string(page.serverHlc.toString());
    out.endObject();
    return out.takeText();
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
