// SPDX-License-Identifier: MIT
#include "hss/CommentVisibility.h"

#include "EnumTable.h"

namespace hss {

namespace {

constexpr detail::EnumTable<CommentVisibility, 2> table {"comment visibility",
                                                         {{
                                                             {CommentVisibility::PublicReply, "public_reply"},
                                                             {CommentVisibility::InternalNote, "internal_note"},
                                                         }}};

} // namespace

std::string_view toString(CommentVisibility commentVisibility)
{
    return table.name(commentVisibility);
}

Result<CommentVisibility> commentVisibilityFromString(std::string_view text, std::string_view field)
{
    return table.parse(text, field);
}

} // namespace hss
