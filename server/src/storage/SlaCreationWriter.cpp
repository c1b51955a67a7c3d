// SPDX-License-Identifier: MIT
#include "SlaCreationWriter.h"

#include <set>
#include <string>

#include "SlaEventRepository.h"
#include "SqlValue.h"
#include "StatementCache.h"
#include "TicketEventRepository.h"
#include "TicketReadCache.h"

namespace hss::server {

namespace {

// One statement up to this many planned events (8 values each); a longer plan takes the repositories' path.
constexpr std::size_t eventsInOneStatement = 90;

} // namespace

SlaCreationWriter::SlaCreationWriter(Database& database)
    : m_database(database)
{ }

void SlaCreationWriter::write(Poco::Data::Session& session, const Ticket& ticket,
                              const std::vector<sla::SlaEvent>& upcoming)
{
    const std::string id = ticket.id.toString();
    // PostgreSQL refuses an upsert that meets the same key twice; the calculator never repeats one, but be sure.
    std::vector<sla::SlaEvent> events;
    std::set<std::string> keys;
    for (const sla::SlaEvent& event : upcoming) {
        if (keys.insert(SlaEventRepository::keyFor(id, event)).second) {
            events.push_back(event);
        }
    }
    if (m_database.backend() != Database::Backend::PostgreSQL || events.size() > eventsInOneStatement) {
        TicketEventRepository history(m_database);
        history.recordCreated(session, id, ticket.createdAt, ticket.priority, ticket.category, ticket.status);
        if (ticket.firstResponseAt) {
            history.recordReply(session, id, *ticket.firstResponseAt, false);
        }
        SlaEventRepository(m_database).plan(session, id, events);
        return;
    }
    // The same rows as TicketEventRepository::recordCreated and recordReply, in the same order (the history is read
    // back in id order), and the same upsert as SlaEventRepository::plan, as one data-modifying CTE.
    std::string text = "INSERT INTO ticket_events (ticket_id, kind, at, priority, category, status) VALUES ";
    std::vector<SqlValue> values {id,
                                  std::string("created"),
                                  ticket.createdAt,
                                  std::string(toString(ticket.priority)),
                                  std::string(toString(ticket.category)),
                                  SqlValue()};
    text += "(?, ?, ?, ?, ?, ?)";
    if (ticket.status != TicketStatus::New) {
        text += ", (?, ?, ?, ?, ?, ?)";
        values.insert(values.end(),
                      {id, std::string("status"), ticket.createdAt, SqlValue(), SqlValue(),
                       std::string(toString(ticket.status))});
    }
    if (ticket.firstResponseAt) {
        text += ", (?, ?, ?, ?, ?, ?)";
        values.insert(values.end(),
                      {id, std::string("agent_reply"), *ticket.firstResponseAt, SqlValue(), SqlValue(), SqlValue()});
    }
    if (!events.empty()) {
        text = "WITH history AS (" + text
            + ") INSERT INTO sla_events (event_key, ticket_id, clock, kind, level, clock_started_at, due_at, state) "
              "VALUES ";
        const std::string planned(SlaEventRepository::statePlanned);
        for (std::size_t i = 0; i < events.size(); ++i) {
            const sla::SlaEvent& event = events[i];
            text += i == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?)";
            values.insert(values.end(),
                          {SlaEventRepository::keyFor(id, event), id, std::string(toString(event.clock)),
                           std::string(toString(event.kind)), std::int64_t {event.level}, event.clockStartedAt,
                           event.at, planned});
        }
        text += " ON CONFLICT (event_key) DO UPDATE SET due_at = excluded.due_at, state = excluded.state "
                "WHERE sla_events.state <> 'fired'";
    }
    m_database.statements().execute(session, text, values);
    m_database.ticketReads().written(id);
}

} // namespace hss::server
