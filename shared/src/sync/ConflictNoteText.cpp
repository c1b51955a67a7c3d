// SPDX-License-Identifier: MIT
#include "hss/sync/ConflictNoteText.h"

#include "hss/Limits.h"

namespace hss::sync {

namespace {

// Leaves room for the marker and labels within a comment's limit; both values may be long texts.
std::string clipped(const std::string& text, std::size_t max)
{
    if (text.size() <= max) {
        return text;
    }
    std::size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
        --cut; // never split a UTF-8 sequence
    }
    return text.substr(0, cut) + "…";
}

} // namespace

std::string conflictNoteText(const ConflictNote& note)
{
    const std::size_t room = (limits::commentBodyMax - 512) / 2;
    std::string text(conflictNoteMarker);
    text += " " + note.field + ": " + note.reason + "\n";
    text += "Kept: " + clipped(note.keptValue, room) + "\n";
    text += "Other edit (not applied): " + clipped(note.losingValue, room);
    return text;
}

bool isConflictNoteText(std::string_view text)
{
    return text.starts_with(conflictNoteMarker);
}

} // namespace hss::sync
