// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "hss/CommentVisibility.h"
#include "hss/Result.h"
#include "hss/Uuid.h"

namespace hss {

/// A reply or internal note on a ticket; comments are append-only (never edited or merged away).
/// JSON keys: id, ticket_id, author_id, body, visibility, created_at.
struct Comment
{
    Uuid id;
    Uuid ticketId;
    Uuid authorId;
    std::string body; ///< 1..limits::commentBodyMax characters, may span lines.
    CommentVisibility visibility = CommentVisibility::InternalNote;
    std::int64_t createdAt = 0;

    /// Member-wise equality.
    friend bool operator==(const Comment&, const Comment&) = default;
};

/// Success, or the first broken rule with the JSON name of its field.
Status validate(const Comment& comment);

/// The JSON object for \a comment.
nlohmann::json toJson(const Comment& comment);

/// Decodes and validates a comment.
Result<Comment> commentFromJson(const nlohmann::json& json);

} // namespace hss
