// SPDX-License-Identifier: MIT
#include "hss/Comment.h"

#include <nlohmann/json.hpp>

#include "FieldRules.h"
#include "JsonObjectReader.h"
#include "hss/Limits.h"
#include "hss/Timestamp.h"

namespace hss {

Status validate(const Comment& comment)
{
    using namespace detail;
    return firstFailure({
        checkId("id", comment.id),
        checkId("ticket_id", comment.ticketId),
        checkId("author_id", comment.authorId),
        checkText("body", comment.body, limits::commentBodyMax, true, Lines::Multi),
        checkTimestamp("created_at", comment.createdAt),
    });
}

nlohmann::json toJson(const Comment& comment)
{
    return nlohmann::json {
        {"id", comment.id.toString()},
        {"ticket_id", comment.ticketId.toString()},
        {"author_id", comment.authorId.toString()},
        {"body", comment.body},
        {"visibility", toString(comment.visibility)},
        {"created_at", formatTimestamp(comment.createdAt)},
    };
}

Result<Comment> commentFromJson(const nlohmann::json& json)
{
    detail::JsonObjectReader reader(json);
    Comment comment;
    reader.uuid("id", comment.id);
    reader.uuid("ticket_id", comment.ticketId);
    reader.uuid("author_id", comment.authorId);
    reader.string("body", comment.body);
    reader.enumeration("visibility", comment.visibility, &commentVisibilityFromString);
    reader.timestamp("created_at", comment.createdAt);
    if (auto status = reader.finish(); !status) {
        return status.error();
    }
    if (auto valid = validate(comment); !valid) {
        return valid.error();
    }
    return comment;
}

} // namespace hss
