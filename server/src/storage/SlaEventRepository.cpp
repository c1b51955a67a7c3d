// SPDX-License-Identifier: MIT
#include "SlaEventRepository.h"

#include <algorithm>
#include <set>

#include <Poco/Data/Statement.h>

#include "ResultRows.h"
#include "SqlText.h"
#include "SqlValue.h"
#include "StatementCache.h"

namespace pk = Poco::Data::Keywords;

namespace hss::server {

namespace {

// server_info: the ticket number up to which every open ticket has been given its SLA plan.
constexpr std::string_view walkedThroughKey = "sla.planned_through_ticket_number";

constexpr std::string_view columns =
    "event_key, ticket_id, clock, kind, level, clock_started_at, due_at, state, fired_at, claimed_by, outcome";

std::vector<SlaEventRecord> readRecords(const ResultRows& rows)
{
    std::vector<SlaEventRecord> records;
    records.reserve(rows.size());
    for (std::size_t row = 0; row < rows.size(); ++row) {
        SlaEventRecord record;
        record.key = rows.text(row, 0);
        record.ticketId = rows.text(row, 1);
        record.clock = rows.text(row, 2);
        record.kind = rows.text(row, 3);
        record.level = static_cast<int>(rows.integer(row, 4));
        record.clockStartedAt = rows.integer(row, 5);
        record.dueAt = rows.integer(row, 6);
        record.state = rows.text(row, 7);
        record.firedAt = rows.optionalInteger(row, 8);
        record.claimedBy = rows.optionalText(row, 9);
        record.outcome = rows.optionalText(row, 10);
        records.push_back(std::move(record));
    }
    return records;
}

} // namespace

SlaEventRepository::SlaEventRepository(Database& database)
    : m_database(database)
{ }

std::string SlaEventRepository::sql(std::string_view text) const
{
    return sqltext::forBackend(text, m_database.backend());
}

std::string SlaEventRepository::keyFor(std::string_view ticketId, const sla::SlaEvent& event)
{
    return std::string(ticketId) + "/" + std::string(toString(event.clock)) + "/" + std::to_string(event.clockStartedAt)
        + "/" + std::string(toString(event.kind)) + "/" + std::to_string(event.level);
}

void SlaEventRepository::replan(Poco::Data::Session& session, const std::string& ticketId,
                                const std::vector<sla::SlaEvent>& upcoming, std::int64_t nowMs)
{
    const std::string planned(statePlanned);
    const std::string cancelled(stateCancelled);
    // Cancel the whole planned future first; the upsert below plans again what is still ahead.
    StatementCache& statements = m_database.statements();
    statements.execute(session, "UPDATE sla_events SET state = ? WHERE ticket_id = ? AND state = ? AND due_at > ?",
                       {cancelled, ticketId, planned, nowMs});
    plan(session, ticketId, upcoming);
}

void SlaEventRepository::plan(Poco::Data::Session& session, const std::string& ticketId,
                              const std::vector<sla::SlaEvent>& upcoming)
{
    // One multi-row upsert instead of one statement per event: on PostgreSQL every statement is a round trip, and
    // a ticket write re-plans about ten events on the single writer connection.
    constexpr std::size_t rowsPerStatement = 90; // 8 values each: under SQLite's 999 bound parameters
    const std::string planned(statePlanned);
    StatementCache& statements = m_database.statements();
    // PostgreSQL refuses an upsert that meets the same key twice; the calculator never repeats one, but be sure.
    std::vector<sla::SlaEvent> events;
    std::set<std::string> keys;
    for (const sla::SlaEvent& event : upcoming) {
        if (keys.insert(keyFor(ticketId, event)).second) {
            events.push_back(event);
        }
    }
    std::vector<SqlValue> values;
    for (std::size_t first = 0; first < events.size(); first += rowsPerStatement) {
        const std::size_t count = std::min(rowsPerStatement, events.size() - first);
        std::string text =
            "INSERT INTO sla_events (event_key, ticket_id, clock, kind, level, clock_started_at, due_at, "
            "state) VALUES ";
        values.clear();
        for (std::size_t i = 0; i < count; ++i) {
            const sla::SlaEvent& event = events[first + i];
            text += i == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?)";
            values.insert(values.end(),
                          {keyFor(ticketId, event), ticketId, std::string(toString(event.clock)),
                           std::string(toString(event.kind)), std::int64_t {event.level}, event.clockStartedAt,
                           event.at, planned});
        }
        text += " ON CONFLICT (event_key) DO UPDATE SET due_at = excluded.due_at, state = excluded.state "
                "WHERE sla_events.state <> 'fired'";
        statements.execute(session, text, values);
    }
}

void SlaEventRepository::cancel(Poco::Data::Session& session, const std::string& key)
{
    const std::string cancelled(stateCancelled);
    const std::string planned(statePlanned);
    session << sql("UPDATE sla_events SET state = ? WHERE event_key = ? AND state = ?"), pk::bind(cancelled),
        pk::bind(key), pk::bind(planned), pk::now;
}

std::vector<SlaEventRecord> SlaEventRepository::claimDue(Poco::Data::Session& session, std::int64_t nowMs, int limit)
{
    // SKIP LOCKED: a second server takes the next rows instead of waiting for these and finding them fired.
    const bool postgres = m_database.backend() == Database::Backend::PostgreSQL;
    // The state is written into the text, not bound, so both planners can use the partial index of planned events
    // (migration 10), which fired events leave at once instead of lingering until a vacuum.
    static const std::string due = std::string("SELECT ") + std::string(columns)
        + " FROM sla_events WHERE state = 'planned' AND due_at <= ? ORDER BY due_at, event_key LIMIT ?";
    static const std::string dueUnlocked = due + " FOR UPDATE SKIP LOCKED";
    return readRecords(m_database.statements().query(session, postgres ? dueUnlocked : due,
                                                     {nowMs, static_cast<std::int64_t>(std::max(limit, 1))}));
}

bool SlaEventRepository::markFired(Poco::Data::Session& session, const std::string& key, std::int64_t nowMs,
                                   const std::string& claimedBy, const std::string& outcome)
{
    return m_database.statements().execute(
               session,
               "UPDATE sla_events SET state = ?, fired_at = ?, claimed_by = ?, outcome = ? "
               "WHERE event_key = ? AND state = ?",
               {std::string(stateFired), nowMs, claimedBy, outcome, key, std::string(statePlanned)})
        > 0;
}

std::set<std::string> SlaEventRepository::markFired(Poco::Data::Session& session, const std::vector<Firing>& firings,
                                                    const std::string& claimedBy)
{
    // One UPDATE ... FROM (VALUES ...) per chunk instead of one statement per event: on PostgreSQL each statement is
    // a round trip on the scheduler's connection. VALUES columns are column1.. on both backends; the CAST types the
    // time on PostgreSQL. RETURNING names the rows that were still planned.
    std::set<std::string> fired;
    std::vector<SqlValue> values;
    std::size_t first = 0;
    for (const std::size_t count : sqltext::rowChunks(firings.size())) {
        const std::string text = "UPDATE sla_events SET state = 'fired', fired_at = v.column2, claimed_by = ?, "
                                 "outcome = v.column3 FROM (VALUES "
            + sqltext::repeatedRows("(?, CAST(? AS BIGINT), ?)", count)
            + ") AS v WHERE sla_events.event_key = v.column1 AND sla_events.state = 'planned' "
              "RETURNING sla_events.event_key";
        values.clear();
        values.emplace_back(claimedBy);
        for (std::size_t i = first; i < first + count; ++i) {
            values.insert(values.end(), {firings[i].key, firings[i].firedAt, firings[i].outcome});
        }
        const ResultRows rows = m_database.statements().query(session, text, values);
        for (std::size_t row = 0; row < rows.size(); ++row) {
            fired.insert(rows.text(row, 0));
        }
        first += count;
    }
    return fired;
}

std::optional<std::int64_t> SlaEventRepository::nextDue(Poco::Data::Session& session)
{
    const ResultRows rows =
        m_database.statements().query(session, "SELECT MIN(due_at) FROM sla_events WHERE state = 'planned'");
    return rows.empty() ? std::nullopt : rows.optionalInteger(0, 0);
}

std::vector<SlaEventRecord> SlaEventRepository::forTicket(Poco::Data::Session& session, std::string_view ticketId)
{
    static const std::string byTicket = std::string("SELECT ") + std::string(columns)
        + " FROM sla_events WHERE ticket_id = ? ORDER BY due_at, event_key";
    return readRecords(m_database.statements().query(session, byTicket, {std::string(ticketId)}));
}

std::int64_t SlaEventRepository::countInState(Poco::Data::Session& session, std::string_view state)
{
    Poco::Data::Statement select(session);
    select << sql("SELECT COUNT(*) FROM sla_events WHERE state = ?"), pk::bind(std::string(state));
    const ResultRows rows(select);
    return rows.empty() ? 0 : rows.integer(0, 0);
}

SlaEventRepository::OpenTicketScan SlaEventRepository::scanOpenTickets(Poco::Data::Session& session,
                                                                       std::int64_t afterNumber,
                                                                       std::int64_t upToNumber, int limit)
{
    // The unique index on number gives the order; the EXISTS probe uses sla_events_ticket. CASE keeps the flag an
    // integer on both backends.
    static const std::string scan =
        "SELECT t.id, t.number, CASE WHEN EXISTS (SELECT 1 FROM sla_events e WHERE e.ticket_id = t.id) THEN 1 "
        "ELSE 0 END FROM tickets t WHERE t.number > ? AND t.number <= ? AND t.status NOT IN ('resolved', 'closed') "
        "ORDER BY t.number LIMIT ?";
    const std::int64_t wanted = std::max(limit, 1);
    const ResultRows rows = m_database.statements().query(session, scan, {afterNumber, upToNumber, wanted});
    OpenTicketScan result;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        result.open.push_back(rows.text(row, 0));
        if (rows.integer(row, 2) == 0) {
            result.withoutEvents.push_back(rows.text(row, 0));
        }
    }
    if (static_cast<std::int64_t>(rows.size()) == wanted) {
        result.lastNumber = rows.integer(rows.size() - 1, 1);
    }
    return result;
}

std::int64_t SlaEventRepository::highestTicketNumber(Poco::Data::Session& session)
{
    const ResultRows rows = m_database.statements().query(session, "SELECT MAX(number) FROM tickets");
    return rows.empty() ? 0 : rows.optionalInteger(0, 0).value_or(0);
}

std::int64_t SlaEventRepository::walkedThroughNumber(Poco::Data::Session& session)
{
    const ResultRows rows = m_database.statements().query(session, "SELECT value FROM server_info WHERE key = ?",
                                                          {std::string(walkedThroughKey)});
    if (rows.empty()) {
        return 0;
    }
    try {
        return std::stoll(rows.text(0, 0));
    } catch (const std::exception&) {
        return 0; // unreadable: walk everything again, which only costs time
    }
}

void SlaEventRepository::setWalkedThroughNumber(Poco::Data::Session& session, std::int64_t number)
{
    m_database.statements().execute(session,
                                    "INSERT INTO server_info (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                                    "SET value = excluded.value",
                                    {std::string(walkedThroughKey), std::to_string(number)});
}

void SlaEventRepository::insert(Poco::Data::Session& session, const std::vector<SlaEventRecord>& records)
{
    // 90 rows of 11 values stay under the 999 bound parameters of older SQLite builds.
    constexpr std::size_t rowsPerStatement = 90;
    StatementCache& statements = m_database.statements();
    std::vector<SqlValue> values;
    for (std::size_t first = 0; first < records.size(); first += rowsPerStatement) {
        const std::size_t count = std::min(rowsPerStatement, records.size() - first);
        std::string text = "INSERT INTO sla_events (" + std::string(columns) + ") VALUES ";
        values.clear();
        for (std::size_t i = 0; i < count; ++i) {
            const SlaEventRecord& record = records[first + i];
            text += i == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            values.insert(values.end(),
                          {record.key, record.ticketId, record.clock, record.kind, std::int64_t {record.level},
                           record.clockStartedAt, record.dueAt, record.state, sqlValueOf(record.firedAt),
                           sqlValueOf(record.claimedBy), sqlValueOf(record.outcome)});
        }
        statements.execute(session, text, values);
    }
}

} // namespace hss::server
