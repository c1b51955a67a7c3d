// SPDX-License-Identifier: MIT
#include "hss/sync/TicketMerge.h"

#include <algorithm>

#include "hss/TicketStateMachine.h"

namespace hss::sync {

namespace {

constexpr const char* textConflictReason =
    "changed on the server and on another console at the same time; the server's text was kept";

std::string display(const std::string& text)
{
    return text;
}

std::string display(const std::optional<std::string>& text)
{
    return text.value_or(std::string());
}

std::string joined(const std::vector<std::string>& names)
{
    std::string text;
    for (const auto& name : names) {
        text += text.empty() ? "" : ", ";
        text += name;
    }
    return text;
}

/// The inputs of one merge and the result being built; result.merged starts as the current ticket.
class FieldMerger final
{
public:
    FieldMerger(const Ticket& current, const TicketFieldStamps& stamps, std::int64_t baseRevision,
                const HlcTimestamp& hlc, TicketMergeResult& result)
        : m_current(current)
        , m_stamps(stamps)
        , m_baseRevision(baseRevision)
        , m_hlc(hlc)
        , m_result(result)
    { }

    /// Text fields: a concurrent, different edit keeps the server's text and notes the pushed one.
    template <class T>
    void text(std::string_view field, const std::optional<T>& pushed, T Ticket::*member)
    {
        if (!pushed) {
            return;
        }
        T& value = m_result.merged.*member;
        if (!concurrent(field)) {
            take(field, value, *pushed);
        } else if (value != *pushed) {
            note(field, display(value), display(*pushed), textConflictReason);
        }
    }

    /// Last-writer-wins fields: a concurrent edit is taken only when its clock is later than the stored stamp.
    template <class T>
    void latestClock(std::string_view field, const std::optional<T>& pushed, T Ticket::*member)
    {
        if (!pushed) {
            return;
        }
        T& value = m_result.merged.*member;
        if (!concurrent(field) || isLater(field)) {
            take(field, value, *pushed);
        } else if (value != *pushed) {
            m_result.keptFields.emplace_back(field);
        }
    }

    /// Fields that a merge never lowers: a concurrent edit yields \a higher(server, pushed).
    template <class T, class Higher>
    void neverLower(std::string_view field, const std::optional<T>& pushed, T Ticket::*member, Higher higher)
    {
        if (!pushed) {
            return;
        }
        T& value = m_result.merged.*member;
        if (!concurrent(field) || higher(value, *pushed) == *pushed) {
            take(field, value, *pushed);
        } else {
            m_result.keptFields.emplace_back(field);
        }
    }

    /// Status follows the later clock, but only along a transition the state machine allows from the current status.
    void status(const std::optional<TicketStatus>& pushed)
    {
        constexpr std::string_view field = "status";
        if (!pushed) {
            return;
        }
        const TicketStatus from = m_current.status;
        if (concurrent(field) && !isLater(field)) {
            if (from != *pushed) {
                m_result.keptFields.emplace_back(field);
            }
            return;
        }
        if (from != *pushed) {
            if (auto allowed = TicketStateMachine::checkTransition(from, *pushed); !allowed) {
                note(field, std::string(toString(from)), std::string(toString(*pushed)), allowed.error().message);
                return;
            }
        }
        take(field, m_result.merged.status, *pushed);
    }

private:
    FieldStamp stampOf(std::string_view field) const
    {
        if (const auto it = m_stamps.find(std::string(field)); it != m_stamps.end()) {
            return it->second;
        }
        // Unknown history (e.g. changed through the REST API): assume it may have changed since any older base.
        return FieldStamp {HlcTimestamp {}, m_current.revision};
    }

    bool concurrent(std::string_view field) const { return stampOf(field).revision > m_baseRevision; }

    bool isLater(std::string_view field) const { return m_hlc > stampOf(field).hlc; }

    template <class T>
    void take(std::string_view field, T& value, const T& pushed)
    {
        value = pushed;
        m_result.appliedFields.emplace_back(field);
    }

    void note(std::string_view field, std::string kept, std::string losing, std::string reason)
    {
        m_result.conflicts.push_back({std::string(field), std::move(kept), std::move(losing), std::move(reason)});
    }

    const Ticket& m_current;
    const TicketFieldStamps& m_stamps;
    std::int64_t m_baseRevision;
    const HlcTimestamp& m_hlc;
    TicketMergeResult& m_result;
};

TicketMergeResult rejected(const Ticket& current, const TicketFieldStamps& stamps, std::string reason)
{
    TicketMergeResult result;
    result.outcome = MutationOutcome::Rejected;
    result.reason = std::move(reason);
    result.merged = current;
    result.stamps = stamps;
    return result;
}

/// resolvedAt follows the status the way the REST update sets it: stamped on resolve, cleared on reopen.
void updateResolvedAt(const Ticket& current, Ticket& merged, std::int64_t nowMs)
{
    if (merged.status == current.status) {
        return;
    }
    if (merged.status == TicketStatus::Resolved) {
        merged.resolvedAt = std::max(nowMs, current.createdAt);
    } else if (current.status == TicketStatus::Resolved && merged.status != TicketStatus::Closed) {
        merged.resolvedAt.reset();
    }
}

void decideOutcome(TicketMergeResult& result)
{
    if (!result.conflicts.empty()) {
        std::vector<std::string> fields;
        for (const auto& conflict : result.conflicts) {
            fields.push_back(conflict.field);
        }
        result.outcome = MutationOutcome::Conflict;
        result.reason = "kept the server's value of " + joined(fields) + " and attached the pushed value as a note";
        if (!result.keptFields.empty()) {
            result.reason += "; kept the server's value of " + joined(result.keptFields) + " by the merge rules";
        }
    } else if (!result.keptFields.empty()) {
        result.outcome = MutationOutcome::Merged;
        result.reason = "kept the server's value of " + joined(result.keptFields) + " by the merge rules";
    } else {
        result.outcome = MutationOutcome::Applied;
        result.reason.clear();
    }
}

} // namespace

TicketMergeResult mergeTicketUpdate(const Ticket& current, const TicketFieldStamps& stamps, const TicketPatch& patch,
                                    std::int64_t baseRevision, const HlcTimestamp& hlc, std::int64_t nowMs)
{
    if (baseRevision < 0 || baseRevision > current.revision) {
        return rejected(current, stamps,
                        "the change is based on revision " + std::to_string(baseRevision)
                            + ", which the server never had (it has " + std::to_string(current.revision) + ")");
    }
    TicketMergeResult result;
    result.merged = current;
    result.stamps = stamps;
    FieldMerger merge(current, stamps, baseRevision, hlc, result);
    merge.text("title", patch.title, &Ticket::title);
    merge.text("description", patch.description, &Ticket::description);
    merge.neverLower("priority", patch.priority, &Ticket::priority, &mostSevere);
    merge.latestClock("category", patch.category, &Ticket::category);
    merge.status(patch.status);
    merge.latestClock("channel", patch.channel, &Ticket::channel);
    merge.text("requester_name", patch.requesterName, &Ticket::requesterName);
    merge.text("requester_email", patch.requesterEmail, &Ticket::requesterEmail);
    merge.latestClock("assignee_id", patch.assigneeId, &Ticket::assigneeId);
    merge.latestClock("team", patch.team, &Ticket::team);
    merge.text("medical_case_ref", patch.medicalCaseRef, &Ticket::medicalCaseRef);
    merge.neverLower("escalation_level", patch.escalationLevel, &Ticket::escalationLevel,
                     [](int a, int b) { return std::max(a, b); });

    // A conflict note alone also makes a new revision: the server records the note with it.
    if (result.merged != current || !result.conflicts.empty()) {
        updateResolvedAt(current, result.merged, nowMs);
        result.merged.revision = current.revision + 1;
        result.merged.updatedAt = std::max(current.updatedAt, nowMs);
    }
    if (auto valid = validate(result.merged); !valid) {
        return rejected(current, stamps, describe(valid.error()));
    }
    for (const auto& field : result.appliedFields) {
        result.stamps[field] = FieldStamp {hlc, result.merged.revision};
    }
    decideOutcome(result);
    return result;
}

TicketMergeResult mergeTicketCreate(const Ticket& incoming, const HlcTimestamp& hlc)
{
    TicketMergeResult result;
    result.merged = incoming;
    result.merged.revision = 1;
    if (auto valid = validate(result.merged); !valid) {
        return rejected(incoming, {}, describe(valid.error()));
    }
    for (const std::string_view field : ticketPatchFields) {
        result.stamps.emplace(std::string(field), FieldStamp {hlc, 1});
        result.appliedFields.emplace_back(field);
    }
    return result;
}

MutationResult toMutationResult(const TicketMergeResult& merge, const Uuid& mutationId)
{
    MutationResult result;
    result.mutationId = mutationId;
    result.outcome = merge.outcome;
    result.reason = merge.reason;
    if (merge.outcome != MutationOutcome::Rejected) {
        result.revision = merge.merged.revision;
        result.ticketNumber = merge.merged.number;
    }
    for (const auto& conflict : merge.conflicts) {
        result.conflictFields.push_back(conflict.field);
    }
    return result;
}

} // namespace hss::sync
