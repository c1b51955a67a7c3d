// SPDX-License-Identifier: MIT
#include "QueueFill.h"

#include <QString>
#include <algorithm>
#include <array>
#include <cstdio>
#include <random>
#include <vector>

#include <nlohmann/json.hpp>

#include "hss/Ticket.h"
#include "storage/LocalStore.h"
#include "storage/SyncStateRepository.h"
#include "storage/TicketRepository.h"
#include "storage/Transaction.h"

namespace hss::client {

namespace {

constexpr std::int64_t minuteMs = 60'000;
constexpr std::int64_t dayMs = 24 * 60 * minuteMs;
constexpr int batchRows = 1000;
constexpr int teamCount = 12;
constexpr int colleagueCount = 40;

// Titles vary so a search narrows the queue the way a real one does ("ventilator" matches about one in twelve).
constexpr std::array<const char*, 12> subjects {
    "infusion pump firmware reports an alarm",
    "ventilator shows a pressure warning",
    "cannot sign in to the ward tablet",
    "lab results missing from the patient record",
    "printer on station 4 jams",
    "dosage calculator rounds differently",
    "ECG export to the archive fails",
    "VPN drops during night shift",
    "new nurse needs training on the portal",
    "HL7 interface queue is growing",
    "audit log shows an unknown device",
    "monitor loses its network connection",
};

Uuid agentId()
{
    return Uuid::parse("0190f000-0000-7000-8000-00000000a9e7").value();
}

} // namespace

User benchAgent()
{
    User user;
    user.id = agentId();
    user.username = "bench";
    user.displayName = "Bench Agent";
    user.email = "bench@clinic.example";
    user.roles = {Role::Agent, Role::MedicalAgent};
    user.teams = {"team-3"};
    user.createdAt = 1735689600000;
    return user;
}

bool fillQueueStore(LocalStore& store, int ticketCount, std::int64_t nowMs)
{
    std::mt19937_64 random(20261127);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const QSqlDatabase db = store.database();
    TicketRepository tickets(db);
    std::vector<Uuid> colleagues;
    for (int i = 0; i < colleagueCount; ++i) {
        colleagues.push_back(Uuid::createV7());
    }
    for (int start = 0; start < ticketCount; start += batchRows) {
        Transaction transaction(db);
        for (int i = start; i < std::min(ticketCount, start + batchRows); ++i) {
            Ticket t;
            t.id = Uuid::createV7();
            t.number = i + 1;
            t.title = std::string(subjects[static_cast<std::size_t>(random() % subjects.size())]) + " (case "
                + std::to_string(i + 1) + ")";
            t.description = "The ward reports the problem after the nightly update; please advise before the round.";
            const double p = unit(random);
            t.priority = p < 0.05 ? Priority::Emergency
                : p < 0.12        ? Priority::Critical
                : p < 0.32        ? Priority::High
                : p < 0.75        ? Priority::Medium
                                  : Priority::Low;
            t.category = t.priority == Priority::Emergency ? Category::MedicalClinical
                                                           : allCategories[random() % allCategories.size()];
            t.channel = allChannels[random() % allChannels.size()];
            t.requesterName = "Dr. Bench";
            t.requesterEmail = "requester@clinic.example";
            t.team = "team-" + std::to_string(i % teamCount);
            t.createdAt = nowMs - 90 * dayMs + (90 * dayMs / ticketCount) * i;
            t.updatedAt = t.createdAt + static_cast<std::int64_t>(unit(random) * dayMs);
            t.revision = 1;
            const double s = unit(random);
            t.status = s < 0.15 ? TicketStatus::New
                : s < 0.30      ? TicketStatus::Open
                : s < 0.52      ? TicketStatus::InProgress
                : s < 0.62      ? TicketStatus::WaitingOnCustomer
                : s < 0.67      ? TicketStatus::Escalated
                : s < 0.85      ? TicketStatus::Resolved
                                : TicketStatus::Closed;
            const double a = unit(random);
            if (a < 0.04) {
                t.assigneeId = agentId();
            } else if (a < 0.80) {
                t.assigneeId = colleagues[random() % colleagues.size()];
            }
            const bool open = t.status != TicketStatus::Resolved && t.status != TicketStatus::Closed;
            if (!open) {
                t.firstResponseAt = t.createdAt + 30 * minuteMs;
                t.resolvedAt = t.createdAt + 6 * 60 * minuteMs;
            }
            // Open tickets' deadlines run from two hours overdue to a day ahead: about one in twelve breaches
            // within the hour.
            std::optional<qint64> dueAt;
            if (open) {
                dueAt = nowMs - 2 * 60 * minuteMs + static_cast<std::int64_t>(unit(random) * 26 * 60 * minuteMs);
            }
            if (tickets.upsert(t, dueAt)) {
                return false;
            }
        }
        if (transaction.commit()) {
            return false;
        }
        std::fprintf(stderr, "\rtickets %d/%d", std::min(ticketCount, start + batchRows), ticketCount);
    }
    std::fprintf(stderr, "\n");
    // The key ConsoleSession keeps the signed-in user's profile under, for offline sign-in.
    const QString profile = QString::fromStdString(toJson(benchAgent()).dump());
    return !SyncStateRepository(db).setValue(QStringLiteral("console_user"), profile);
}

} // namespace hss::client
