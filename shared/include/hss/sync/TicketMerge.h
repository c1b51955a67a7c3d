// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "hss/HlcTimestamp.h"
#include "hss/Ticket.h"
#include "hss/Uuid.h"
#include "hss/sync/FieldStamp.h"
#include "hss/sync/MutationOutcome.h"
#include "hss/sync/MutationResult.h"
#include "hss/sync/TicketPatch.h"

namespace hss::sync {

/// A value a merge did not take, kept visible so nothing a user typed is silently dropped. The server stores it
/// with the ticket (e.g. as an internal note) and the console shows it.
struct ConflictNote
{
    std::string field; ///< JSON name of the field, e.g. "title".
    std::string keptValue; ///< The server's value that stays (empty text for null).
    std::string losingValue; ///< The pushed value that did not win (empty text for null).
    std::string reason; ///< Why, for people: e.g. "a ticket cannot move from closed to in_progress".

    /// Member-wise equality.
    friend bool operator==(const ConflictNote&, const ConflictNote&) = default;
};

/// What a merge decided. For Rejected, merged and stamps are the inputs unchanged and the field lists are empty.
struct TicketMergeResult
{
    MutationOutcome outcome = MutationOutcome::Applied;
    std::string reason; ///< Empty for Applied.
    Ticket merged; ///< The ticket to store (revision and updatedAt already advanced when anything changed).
    TicketFieldStamps stamps; ///< The stamps to store; may change even when the ticket does not (see below).
    std::vector<ConflictNote> conflicts; ///< Losing values to keep visible.
    std::vector<std::string> appliedFields; ///< Patch fields whose value was taken (possibly equal to the old one).
    std::vector<std::string> keptFields; ///< Patch fields that lost to the server's value by rule (clock, severity).

    /// Member-wise equality.
    friend bool operator==(const TicketMergeResult&, const TicketMergeResult&) = default;
};

/// Merges a pushed ticket update into the server's \a current ticket, field by field. A field is concurrent when
/// its stamp's revision > \a baseRevision; a field without a stamp counts as stamped at current.revision with the
/// lowest clock (it may have changed since the base, and any pushed clock is later). Rules:
/// - priority: taken when not concurrent (a user may lower it); concurrent: the more severe value (never lower).
/// - escalation_level: taken when not concurrent; concurrent: the higher level.
/// - status, assignee_id, team, category, channel: taken when not concurrent; concurrent: the later \a hlc wins
///   (HLC order, never wall time). A status that would be taken but that TicketStateMachine forbids from the
///   current status becomes a conflict note instead.
/// - title, description, requester_name, requester_email, medical_case_ref: taken when not concurrent; concurrent
///   and different: the server's text stays and the pushed text becomes a conflict note.
/// Outcome: Rejected when \a baseRevision is negative or ahead of current.revision, or the merged ticket fails
/// validate(); else Conflict with any note, Merged when a field kept the server's value, Applied otherwise.
/// When the ticket changed or a note was made: revision + 1 and updatedAt = max(current.updatedAt, \a nowMs).
/// Moving to resolved sets resolvedAt (max(\a nowMs, createdAt)); reopening clears it. Taken fields get the stamp
/// {hlc, merged.revision}, all others keep theirs. Pure and deterministic.
TicketMergeResult mergeTicketUpdate(const Ticket& current, const TicketFieldStamps& stamps, const TicketPatch& patch,
                                    std::int64_t baseRevision, const HlcTimestamp& hlc, std::int64_t nowMs);

/// Accepts a pushed new ticket: revision 1 and a stamp {hlc, 1} for every field a mutation can change; Rejected
/// when the ticket fails validate(). The server assigns the human number separately.
TicketMergeResult mergeTicketCreate(const Ticket& incoming, const HlcTimestamp& hlc);

/// The answer to send for the mutation \a mutationId merged as \a merge: revision 0 when rejected, the
/// conflict notes' fields as conflict_fields, the ticket's number when it has one.
MutationResult toMutationResult(const TicketMergeResult& merge, const Uuid& mutationId);

} // namespace hss::sync
