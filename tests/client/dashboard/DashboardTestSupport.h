// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "../editor/EditorTestSupport.h"
#include "hss/Feedback.h"
#include "hss/Timestamp.h"
#include "storage/FeedbackRepository.h"

namespace hss::test {

inline constexpr std::int64_t minuteMs = 60'000;

inline std::int64_t utc(const char* text)
{
    return parseTimestamp(text).value();
}

/// The editor fixture's real encrypted store (the clock stands at Wednesday 2025-11-26 10:00Z) filled with a small
/// support week whose KPIs are worked out by hand below. "Last 7 days" is 2025-11-20 00:00Z to 2025-11-27 00:00Z.
///
/// | ticket | team     | priority  | category | status      | created      | first reply | resolved |
/// |--------|----------|-----------|----------|-------------|--------------|-------------|----------|
/// | T1     | tier1    | high      | technical| resolved    | 11-21 08:00  | +30 min     | +120 min |
/// | T2     | tier1    | medium    | technical| open        | 11-22 09:00  | +60 min     |          |
/// | T3     | clinical | emergency | medical  | in progress | 11-24 10:00  | +10 min     |          |
/// | T4     | clinical | emergency | medical  | resolved    | 11-25 06:00  | +40 min     | +180 min |
/// | T5     | tier1    | low       | technical| new         | 11-25 12:00  |             |          |
/// | T6     | tier1    | medium    | technical| closed      | 11-01 08:00  | +20 min     | +60 min  | (outside)
/// | T7     | clinical | emergency | medical  | open        | 10-01 08:00  |             |          | (old, open)
///
/// SLA clocks: T1 all three met; T4 first response breached, next update inactive, resolution met.
/// Feedback: F1 on T1 CSAT 5 (11-21 15:00), F3 on T1 CSAT 4 (11-22 10:00), F2 on T4 CSAT 2 and safety "correct"
/// (11-25 12:00), F4 on T3 without CSAT, safety "near miss" (11-24 12:00).
struct DashboardFixture : EditorFixture
{
    DashboardFixture()
    {
        using P = Priority;
        using S = TicketStatus;
        t1 = seed("T1 Dosage calculator rounds wrongly", "tier1", P::High, Category::Technical, S::Resolved,
                  utc("2025-11-21T08:00:00Z"), 30, 120, 101);
        t2 = seed("T2 Login loop on the ward tablets", "tier1", P::Medium, Category::Technical, S::Open,
                  utc("2025-11-22T09:00:00Z"), 60, -1, 102);
        t3 = seed("T3 AI flagged sepsis risk as low", "clinical", P::Emergency, Category::MedicalClinical,
                  S::InProgress, utc("2025-11-24T10:00:00Z"), 10, -1, 103);
        t4 = seed("T4 Infusion pump dose mismatch", "clinical", P::Emergency, Category::MedicalClinical, S::Resolved,
                  utc("2025-11-25T06:00:00Z"), 40, 180, 104);
        seed("T5 Printer queue stalls", "tier1", P::Low, Category::Technical, S::New, utc("2025-11-25T12:00:00Z"), -1,
             -1, 105);
        seed("T6 Export to the EHR fails", "tier1", P::Medium, Category::Technical, S::Closed,
             utc("2025-11-01T08:00:00Z"), 20, 60, 106);
        t7 = seed("T7 Triage model unreachable", "clinical", P::Emergency, Category::MedicalClinical, S::Open,
                  utc("2025-10-01T08:00:00Z"), -1, -1, 107);
        writeClocks(t1, {stopped(sla::SlaState::Met), stopped(sla::SlaState::Met), stopped(sla::SlaState::Met)});
        writeClocks(t4, {stopped(sla::SlaState::Breached), sla::SlaClock {}, stopped(sla::SlaState::Met)});
        feedback(t1, 5, std::nullopt, utc("2025-11-21T15:00:00Z"));
        feedback(t1, 4, std::nullopt, utc("2025-11-22T10:00:00Z"));
        feedback(t4, 2, metrics::SafetyOutcome::Correct, utc("2025-11-25T12:00:00Z"));
        feedback(t3, std::nullopt, metrics::SafetyOutcome::NearMiss, utc("2025-11-24T12:00:00Z"));
    }

    /// Stores a synced ticket; a negative offset (minutes after creation) means "none".
    Ticket seed(const std::string& title, const std::string& team, Priority priority, Category category,
                TicketStatus status, std::int64_t createdAt, int firstReplyMin, int resolvedMin, std::int64_t number)
    {
        Ticket ticket;
        ticket.id = Uuid::createV7();
        ticket.number = number;
        ticket.title = title;
        ticket.description = "Seeded for the dashboard tests.";
        ticket.priority = priority;
        ticket.category = category;
        ticket.status = status;
        ticket.channel = Channel::Phone;
        ticket.requesterName = "Dr. Ada Example";
        ticket.requesterEmail = "ada@clinic.example";
        ticket.team = team;
        ticket.createdAt = createdAt;
        ticket.updatedAt = createdAt;
        if (firstReplyMin >= 0) {
            ticket.firstResponseAt = createdAt + firstReplyMin * minuteMs;
        }
        if (resolvedMin >= 0) {
            ticket.resolvedAt = createdAt + resolvedMin * minuteMs;
        }
        ticket.revision = 1;
        const bool stored = run<bool>(
            [ticket](client::LocalStore& store) { return !client::TicketRepository(store.database()).upsert(ticket); });
        return stored ? ticket : Ticket {};
    }

    static sla::SlaClock stopped(sla::SlaState state)
    {
        sla::SlaClock clock;
        clock.state = state;
        clock.policyId = "dashboard-test";
        clock.startedAt = editorStartMs - 10 * hourMs;
        clock.stoppedAt = editorStartMs - 9 * hourMs;
        clock.targetMs = 2 * hourMs;
        clock.elapsedMs = state == sla::SlaState::Met ? hourMs : 3 * hourMs;
        clock.remainingMs = clock.targetMs - clock.elapsedMs;
        return clock;
    }

    void writeClocks(const Ticket& ticket, std::array<sla::SlaClock, 3> clocks)
    {
        sla::SlaReport report;
        report.evaluatedAt = editorStartMs - hourMs;
        for (std::size_t i = 0; i < clocks.size(); ++i) {
            clocks[i].kind = sla::allSlaClockKinds[i];
        }
        report.clocks = clocks;
        run<bool>([id = ticket.id, report](client::LocalStore& store) {
            return !client::TicketSlaRepository(store.database()).write(id, report);
        });
    }

    void feedback(const Ticket& ticket, std::optional<int> csat, std::optional<metrics::SafetyOutcome> safety,
                  std::int64_t at)
    {
        Feedback entry;
        entry.id = Uuid::createV7();
        entry.ticketId = ticket.id;
        entry.authorId = userId;
        entry.csatScore = csat;
        entry.comment = "Seeded feedback.";
        entry.category = FeedbackCategory::Support;
        entry.safetyOutcome = safety;
        entry.createdAt = at;
        run<bool>(
            [entry](client::LocalStore& store) { return !client::FeedbackRepository(store.database()).upsert(entry); });
    }

    Ticket t1;
    Ticket t2;
    Ticket t3;
    Ticket t4;
    Ticket t7;
};

} // namespace hss::test
