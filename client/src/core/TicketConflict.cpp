// SPDX-License-Identifier: MIT
#include "TicketConflict.h"

#include "hss/Limits.h"
#include "hss/sync/ConflictNoteText.h"

namespace hss::client {

namespace {

constexpr std::string_view keptLabel = "\nKept: ";
constexpr std::string_view otherLabel = "\nOther edit (not applied): ";

// conflictNoteText() shortens long values to this many bytes plus an ellipsis.
constexpr std::size_t clipRoom = (limits::commentBodyMax - 512) / 2;

Error notRestorable(const std::string& field, const std::string& why)
{
    return Error {ErrorCode::InvalidArgument, field, why};
}

} // namespace

std::optional<TicketConflict> TicketConflict::parse(const Uuid& commentId, qint64 createdAt, const std::string& text)
{
    if (!sync::isConflictNoteText(text)) {
        return std::nullopt;
    }
    const std::size_t kept = text.find(keptLabel);
    const std::size_t other = kept == std::string::npos ? std::string::npos : text.find(otherLabel, kept);
    if (kept == std::string::npos || other == std::string::npos) {
        return std::nullopt;
    }
    const std::string head = text.substr(sync::conflictNoteMarker.size(), kept - sync::conflictNoteMarker.size());
    const std::size_t colon = head.find(": ");
    if (colon == std::string::npos) {
        return std::nullopt;
    }
    TicketConflict conflict;
    conflict.commentId = commentId;
    conflict.createdAt = createdAt;
    conflict.field = head.substr(head.starts_with(' ') ? 1 : 0, colon - (head.starts_with(' ') ? 1 : 0));
    conflict.reason = head.substr(colon + 2);
    conflict.keptValue = text.substr(kept + keptLabel.size(), other - kept - keptLabel.size());
    conflict.otherValue = text.substr(other + otherLabel.size());
    // A value that itself contains a label line cannot be split back with certainty.
    conflict.ambiguous = text.find(otherLabel, other + 1) != std::string::npos
        || conflict.keptValue.find(keptLabel) != std::string::npos;
    return conflict;
}

Result<sync::TicketPatch> TicketConflict::otherValuePatch() const
{
    if (ambiguous) {
        return notRestorable(field, "the note's text cannot be split back into the two values; copy it by hand");
    }
    if (otherValue.size() > clipRoom && otherValue.ends_with("…")) {
        return notRestorable(field, "the note holds only the beginning of this text; copy it by hand");
    }
    sync::TicketPatch patch;
    const std::string& value = otherValue;
    if (field == "title") {
        patch.title = value;
    } else if (field == "description") {
        patch.description = value;
    } else if (field == "requester_name") {
        patch.requesterName = value;
    } else if (field == "requester_email") {
        patch.requesterEmail = value;
    } else if (field == "team") {
        patch.team = value;
    } else if (field == "medical_case_ref") {
        patch.medicalCaseRef = value.empty() ? std::nullopt : std::optional<std::string>(value);
    } else if (field == "priority") {
        auto priority = priorityFromString(value);
        if (!priority) {
            return priority.error();
        }
        patch.priority = priority.value();
    } else if (field == "category") {
        auto category = categoryFromString(value);
        if (!category) {
            return category.error();
        }
        patch.category = category.value();
    } else if (field == "channel") {
        auto channel = channelFromString(value);
        if (!channel) {
            return channel.error();
        }
        patch.channel = channel.value();
    } else {
        return notRestorable(field, "this field cannot be taken over from a conflict note; change it in the editor");
    }
    if (auto valid = sync::validate(patch); !valid) {
        return valid.error();
    }
    return patch;
}

} // namespace hss::client
