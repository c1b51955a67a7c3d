// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <string_view>

#include "hss/Result.h"

namespace hss {

/// Who may read a ticket comment: the requester too, or staff only.
enum class CommentVisibility {
    PublicReply,
    InternalNote,
};

/// Every CommentVisibility value in declaration order.
inline constexpr std::array<CommentVisibility, 2> allCommentVisibilities {
    CommentVisibility::PublicReply,
    CommentVisibility::InternalNote,
};

/// The stable wire name, e.g. "public_reply".
std::string_view toString(CommentVisibility commentVisibility);

/// Parses a wire name; anything else gives UnknownValue naming \a field.
Result<CommentVisibility> commentVisibilityFromString(std::string_view text, std::string_view field = "visibility");

} // namespace hss
