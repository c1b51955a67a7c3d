// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

#include "hss/sync/TicketMerge.h"

namespace hss::sync {

/// The first line of every conflict note comment, so consoles can find notes that need review.
inline constexpr std::string_view conflictNoteMarker = "[sync conflict]";

/// The text of the internal note the server attaches to a ticket for a merge conflict: the marker, the field, the
/// kept and the losing value and the reason, so a reviewer can restore the losing text by hand.
std::string conflictNoteText(const ConflictNote& note);

/// True for text made by conflictNoteText().
bool isConflictNoteText(std::string_view text);

} // namespace hss::sync
