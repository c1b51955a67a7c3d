// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>
#include <optional>
#include <string>

#include "hss/Result.h"
#include "hss/Uuid.h"
#include "hss/sync/TicketPatch.h"

namespace hss::client {

/// A conflict note the server attached to a ticket, read back from its comment text (see
/// hss::sync::conflictNoteText): which field, why, the value kept and the edit that did not win.
struct TicketConflict
{
    Uuid commentId;
    qint64 createdAt = 0;
    std::string field;
    std::string reason;
    std::string keptValue;
    std::string otherValue;
    bool ambiguous = false; ///< A value contains a label line of the note, so the split may be wrong.

    /// The note in \a text, or nothing when it is not a conflict note.
    static std::optional<TicketConflict> parse(const Uuid& commentId, qint64 createdAt, const std::string& text);

    /// The patch that puts the other edit in place of the kept value. InvalidArgument when the field cannot be set
    /// from text (status follows the state machine, not a note), the value was shortened in the note or the
    /// note cannot be split with certainty.
    Result<sync::TicketPatch> otherValuePatch() const;
};

} // namespace hss::client
