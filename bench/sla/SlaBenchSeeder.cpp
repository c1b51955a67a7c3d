// SPDX-License-Identifier: MIT
#include "SlaBenchSeeder.h"

#include <chrono>
#include <fstream>
#include <iostream>
#include <random>
#include <vector>

#include "hss/Priority.h"
#include "hss/SystemClock.h"
#include "hss/Ticket.h"
#include "security/FieldCipher.h"
#include "sla/EscalationMatrix.h"
#include "storage/Database.h"
#include "storage/EscalationMatrixRepository.h"
#include "storage/SlaEventRepository.h"
#include "storage/TicketEventRepository.h"
#include "storage/TicketRepository.h"
#include "storage/WriteTransaction.h"

namespace hss::bench {

namespace {

constexpr std::int64_t minuteMs = 60'000;
constexpr std::int64_t hourMs = 60 * minuteMs;
constexpr std::int64_t dayMs = 24 * hourMs;

/// Priority mix of an open queue, and each priority's resolution target (the default configuration's).
struct PriorityShare
{
    Priority priority;
    int percent;
    std::int64_t targetMs;
};
constexpr PriorityShare shares[] = {
    {Priority::Emergency, 2, 30 * minuteMs}, {Priority::Critical, 8, 240 * minuteMs},
    {Priority::High, 20, 960 * minuteMs},    {Priority::Medium, 45, 2400 * minuteMs},
    {Priority::Low, 25, 6000 * minuteMs},
};

const PriorityShare& shareFor(int roll)
{
    for (const PriorityShare& share : shares) {
        if (roll < share.percent) {
            return share;
        }
        roll -= share.percent;
    }
    return shares[std::size(shares) - 1];
}

server::SlaEventRecord planned(const std::string& ticketId, std::string kind, int level, std::int64_t startedAt,
                               std::int64_t dueAt)
{
    server::SlaEventRecord record;
    record.ticketId = ticketId;
    record.clock = "resolution";
    record.kind = std::move(kind);
    record.level = level;
    record.clockStartedAt = startedAt;
    record.dueAt = dueAt;
    record.state = std::string(server::SlaEventRepository::statePlanned);
    record.key =
        ticketId + "/resolution/" + std::to_string(startedAt) + "/" + record.kind + "/" + std::to_string(level);
    return record;
}

} // namespace

int seedSlaBench(const SlaSeedOptions& options, std::ostream& out, std::ostream& progress)
{
    using namespace hss::server;
    const auto started = std::chrono::steady_clock::now();
    Database database(options.databaseUrl, options.dataDir, 1, 2);
    const FieldCipher cipher = FieldCipher::loadOrCreate("", options.dataDir);
    const SystemClock clock;
    const std::int64_t now = clock.nowMs();
    std::mt19937_64 random(20261126);
    std::uniform_int_distribution<int> percent(0, 99);
    std::uniform_int_distribution<std::int64_t> age(0, 8 * hourMs);
    std::uniform_int_distribution<std::int64_t> clockStart(now + dayMs, now + 7 * dayMs);

    {
        auto session = database.session();
        WriteTransaction transaction(session, database.backend());
        EscalationMatrix matrix;
        matrix.levels.push_back({1, "tier2", {}, {"slack"}});
        matrix.levels.push_back({2, "on-call", {}, {"slack"}});
        EscalationMatrixRepository(database).replace(session, matrix, now);
        transaction.commit();
    }
    std::ofstream windowIds(options.dataDir + "/sla-bench-tickets.txt");
    TicketRepository tickets(database, cipher);
    TicketEventRepository history(database);
    SlaEventRepository events(database);
    std::vector<SlaEventRecord> records;
    std::int64_t eventCount = 0;
    for (int first = 0; first < options.tickets; first += options.batch) {
        auto session = database.session();
        WriteTransaction transaction(session, database.backend());
        records.clear();
        for (int i = first; i < std::min(first + options.batch, options.tickets); ++i) {
            const PriorityShare& share = shareFor(percent(random));
            Ticket ticket;
            ticket.id = Uuid::createV7();
            ticket.title = "Bench ticket " + std::to_string(i) + ": lab results interface stalls";
            ticket.description = "The HL7 feed from the lab stops after the nightly rotation; results queue up. "
                                 "Steps tried: restart the interface engine.";
            ticket.priority = share.priority;
            ticket.category = i % 5 == 0 ? Category::Integration : Category::Technical;
            ticket.status = TicketStatus::Open;
            ticket.channel = Channel::Email;
            ticket.requesterName = "Ward " + std::to_string(i % 40);
            ticket.requesterEmail = "ward" + std::to_string(i % 40) + "@clinic.example";
            ticket.team = i % 2 == 0 ? "tier1" : "tier2";
            ticket.createdAt = now - age(random);
            ticket.updatedAt = ticket.createdAt;
            auto created = tickets.create(session, ticket);
            if (!created) {
                std::cerr << "ticket " << i << " not stored: " << created.error().message << "\n";
                return 1;
            }
            const std::string id = ticket.id.toString();
            history.recordCreated(session, id, ticket.createdAt, ticket.priority, ticket.category, ticket.status);
            const std::int64_t start = clockStart(random);
            const std::int64_t target = share.targetMs;
            records.push_back(planned(id, "warning", 1, start, start + target / 2));
            records.push_back(planned(id, "escalation", 1, start, start + target * 6 / 10));
            records.push_back(planned(id, "warning", 2, start, start + target * 3 / 4));
            records.push_back(planned(id, "breach", 0, start, start + target));
            if (i < 100'000) {
                windowIds << id << "\n";
            }
        }
        events.insert(session, records);
        eventCount += static_cast<std::int64_t>(records.size());
        transaction.commit();
        const int done = std::min(first + options.batch, options.tickets);
        if (done % 50'000 == 0 || done == options.tickets) {
            const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            progress << "seeded " << done << " tickets, " << eventCount << " SLA events, " << seconds << " s"
                     << std::endl;
        }
    }
    const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    out << "Seeded " << options.tickets << " open tickets and " << eventCount << " planned SLA events in "
        << options.dataDir << " (" << seconds << " s).\n";
    return 0;
}

} // namespace hss::bench
