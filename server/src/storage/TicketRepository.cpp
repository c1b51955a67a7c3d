// SPDX-License-Identifier: MIT
#include "TicketRepository.h"

#include <algorithm>
#include <map>
#include <vector>

#include <Poco/Data/Statement.h>
#include <Poco/Nullable.h>
#include <nlohmann/json.hpp>

#include "../security/FieldCipher.h"
#include "ResultRows.h"
#include "SqlText.h"
#include "StatementCache.h"
#include "SyncFeedRepository.h"
#include "TicketColumns.h"
#include "TicketListSql.h"
#include "TicketReadCache.h"
#include "WriteTransaction.h"
#include "hss/JsonText.h"

namespace pk = Poco::Data::Keywords;

namespace hss::server {

namespace {

const std::string selectTicket = "SELECT " + std::string(ticketColumns) + " FROM tickets";

std::string descriptionContext(const Uuid& id)
{
    return "tickets.description:" + id.toString();
}

std::string caseRefContext(const Uuid& id)
{
    return "tickets.medical_case_ref:" + id.toString();
}

template <class T>
Poco::Nullable<T> nullable(const std::optional<T>& value)
{
    return value ? Poco::Nullable<T>(*value) : Poco::Nullable<T>();
}

} // namespace

TicketRepository::TicketRepository(Database& database, const FieldCipher& cipher)
    : m_database(database)
    , m_cipher(cipher)
{ }

std::string TicketRepository::sql(std::string_view text) const
{
    return sqltext::forBackend(text, m_database.backend());
}

std::int64_t TicketRepository::nextNumber(Poco::Data::Session& session)
{
    StatementCache& statements = m_database.statements();
    if (m_database.backend() == Database::Backend::PostgreSQL) {
        return statements.query(session, "SELECT nextval('ticket_number_seq')").integer(0, 0);
    }
    return statements
        .query(session, "UPDATE counters SET value = value + 1 WHERE name = 'ticket_number' RETURNING value")
        .integer(0, 0);
}

Result<Ticket> TicketRepository::create(const Ticket& input)
{
    auto session = m_database.session();
    WriteTransaction transaction(session, m_database.backend());
    auto created = create(session, input);
    if (created) {
        transaction.commit();
    }
    return created;
}

Result<Ticket> TicketRepository::create(Poco::Data::Session& session, const Ticket& input, const TicketWrite& write)
{
    Ticket ticket = input;
    ticket.revision = 1;
    ticket.number = 1; // a placeholder so validation passes; replaced below
    if (auto valid = validate(ticket); !valid) {
        return valid.error();
    }
    const std::string id = ticket.id.toString();
    StatementCache& statements = m_database.statements();
    const bool postgres = m_database.backend() == Database::Backend::PostgreSQL;
    if (!postgres) {
        if (!statements.query(session, "SELECT 1 FROM tickets WHERE id = ?", {id}).empty()) {
            return Error {ErrorCode::Conflict, "id", "a ticket with this id exists"};
        }
        ticket.number = nextNumber(session);
    }
    const std::string hlc = feedHlc(write, ticket.updatedAt);
    const sync::TicketFieldStamps stamps = write.stamps
        ? *write.stamps
        : sync::restampChangedFields(Ticket {}, ticket, {}, HlcTimestamp::parse(hlc).value(), 1);
    const std::optional<std::string> caseRef = ticket.medicalCaseRef
        ? std::optional(m_cipher.encrypt(*ticket.medicalCaseRef, caseRefContext(ticket.id)))
        : std::nullopt;
    const std::optional<std::string> assignee =
        ticket.assigneeId ? std::optional(ticket.assigneeId->toString()) : std::nullopt;
    // On PostgreSQL the number and the existence check ride on the INSERT itself: one round trip instead of three.
    static const std::string insertSqlite =
        "INSERT INTO tickets (id, number, title, description, priority, priority_rank, category, status, channel, "
        "requester_name, requester_email, assignee_id, team, medical_case_ref, created_at, updated_at, "
        "first_response_at, resolved_at, escalation_level, revision, field_stamps) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING number";
    // The feed entry rides along too (as SyncFeedRepository::touch writes it, counter row locked to the commit),
    // and only if the ticket was inserted: the single writer connection pays one round trip per ticket, not two.
    static const std::string insertPostgres =
        "WITH ticket AS (INSERT INTO tickets (id, number, title, description, priority, priority_rank, category, "
        "status, channel, requester_name, requester_email, assignee_id, team, medical_case_ref, created_at, "
        "updated_at, first_response_at, resolved_at, escalation_level, revision, field_stamps) "
        "VALUES (?, nextval('ticket_number_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO NOTHING RETURNING number), "
        "counter AS (UPDATE sync_counter SET value = value + 1 WHERE id = 1 AND EXISTS (SELECT 1 FROM ticket) "
        "RETURNING value), "
        "feed AS (INSERT INTO sync_feed (seq, entity, entity_id, revision, deleted, hlc) "
        "SELECT value, ?, ?, ?, ?, ? FROM counter "
        "ON CONFLICT (entity, entity_id) DO UPDATE SET seq = excluded.seq, revision = excluded.revision, "
        "deleted = excluded.deleted, hlc = excluded.hlc) "
        "SELECT number FROM ticket";
    std::vector<SqlValue> values {id,
                                  ticket.number.value_or(0),
                                  ticket.title,
                                  m_cipher.encrypt(ticket.description, descriptionContext(ticket.id)),
                                  std::string(toString(ticket.priority)),
                                  std::int64_t {severityRank(ticket.priority)},
                                  std::string(toString(ticket.category)),
                                  std::string(toString(ticket.status)),
                                  std::string(toString(ticket.channel)),
                                  ticket.requesterName,
                                  ticket.requesterEmail,
                                  sqlValueOf(assignee),
                                  ticket.team,
                                  sqlValueOf(caseRef),
                                  ticket.createdAt,
                                  ticket.updatedAt,
                                  sqlValueOf(ticket.firstResponseAt),
                                  sqlValueOf(ticket.resolvedAt),
                                  std::int64_t {ticket.escalationLevel},
                                  ticket.revision,
                                  toJson(stamps).dump()};
    if (postgres) {
        values.erase(values.begin() + 1); // the number comes from the sequence
        values.insert(values.end(), {std::string("ticket"), id, ticket.revision, std::int64_t {0}, hlc});
    }
    const ResultRows inserted = statements.query(session, postgres ? insertPostgres : insertSqlite, values);
    if (inserted.empty()) {
        return Error {ErrorCode::Conflict, "id", "a ticket with this id exists"};
    }
    ticket.number = inserted.integer(0, 0);
    m_database.ticketReads().written(id);
    if (!postgres) {
        SyncFeedRepository(m_database).touch(session, "ticket", id, ticket.revision, false, hlc);
    }
    return ticket;
}

std::string TicketRepository::feedHlc(const TicketWrite& write, std::int64_t atMs)
{
    return write.hlc.empty() ? SyncFeedRepository::serverHlc(atMs) : write.hlc;
}

void TicketRepository::setFieldStamps(Poco::Data::Session& session, std::string_view id,
                                      const sync::TicketFieldStamps& stamps)
{
    session << sql("UPDATE tickets SET field_stamps = ? WHERE id = ?"), pk::bind(toJson(stamps).dump()),
        pk::bind(std::string(id)), pk::now;
}

Result<sync::TicketFieldStamps> TicketRepository::fieldStamps(Poco::Data::Session& session, std::string_view id)
{
    Poco::Data::Statement statement(session);
    statement << sql("SELECT field_stamps FROM tickets WHERE id = ?"), pk::bind(std::string(id));
    const ResultRows rows(statement);
    if (rows.empty()) {
        return Error {ErrorCode::NotFound, "id", "no ticket with this id"};
    }
    auto json = parseJsonText(rows.text(0, 0));
    if (!json) {
        return json.error();
    }
    return sync::ticketFieldStampsFromJson(json.value());
}

Result<Ticket> TicketRepository::find(std::string_view id)
{
    auto session = m_database.session();
    return find(session, id);
}

Result<Ticket> TicketRepository::find(Poco::Data::Session& session, std::string_view id)
{
    static const std::string byId = std::string(selectTicket) + " WHERE id = ?";
    const ResultRows rows = m_database.statements().query(session, byId, {std::string(id)});
    if (rows.empty()) {
        return Error {ErrorCode::NotFound, "id", "no ticket with this id"};
    }
    return fromRow(rows, 0);
}

std::map<std::string, Ticket> TicketRepository::findMany(Poco::Data::Session& session,
                                                         const std::vector<std::string>& ids)
{
    // Chunks keep each statement's parameter list well below every backend's limit.
    constexpr std::size_t chunk = 200;
    std::map<std::string, Ticket> found;
    for (std::size_t first = 0; first < ids.size(); first += chunk) {
        const std::size_t count = std::min(chunk, ids.size() - first);
        std::string placeholders;
        for (std::size_t i = 0; i < count; ++i) {
            placeholders += i == 0 ? "?" : ", ?";
        }
        Poco::Data::Statement statement(session);
        statement << sql(std::string(selectTicket) + " WHERE id IN (" + placeholders + ")");
        for (std::size_t i = first; i < first + count; ++i) {
            statement, pk::bind(ids[i]);
        }
        const ResultRows rows(statement);
        for (std::size_t row = 0; row < rows.size(); ++row) {
            Ticket ticket = fromRow(rows, row);
            found.emplace(ticket.id.toString(), std::move(ticket));
        }
    }
    return found;
}

Ticket TicketRepository::fromRow(const ResultRows& rows, std::size_t row) const
{
    Ticket ticket;
    ticket.id = Uuid::parse(rows.text(row, 0)).value();
    ticket.number = rows.integer(row, 1);
    ticket.title = rows.text(row, 2);
    ticket.description = m_cipher.decrypt(rows.text(row, 3), descriptionContext(ticket.id));
    ticket.priority = priorityFromString(rows.text(row, 4)).value();
    ticket.category = categoryFromString(rows.text(row, 5)).value();
    ticket.status = ticketStatusFromString(rows.text(row, 6)).value();
    ticket.channel = channelFromString(rows.text(row, 7)).value();
    ticket.requesterName = rows.text(row, 8);
    ticket.requesterEmail = rows.text(row, 9);
    if (const auto assignee = rows.optionalText(row, 10)) {
        ticket.assigneeId = Uuid::parse(*assignee).value();
    }
    ticket.team = rows.text(row, 11);
    if (const auto caseRef = rows.optionalText(row, 12)) {
        ticket.medicalCaseRef = m_cipher.decrypt(*caseRef, caseRefContext(ticket.id));
    }
    ticket.createdAt = rows.integer(row, 13);
    ticket.updatedAt = rows.integer(row, 14);
    ticket.firstResponseAt = rows.optionalInteger(row, 15);
    ticket.resolvedAt = rows.optionalInteger(row, 16);
    ticket.escalationLevel = static_cast<int>(rows.integer(row, 17));
    ticket.revision = rows.integer(row, 18);
    return ticket;
}

Result<Ticket> TicketRepository::update(const Ticket& input, std::int64_t baseRevision)
{
    auto session = m_database.session();
    WriteTransaction transaction(session, m_database.backend());
    auto updated = update(session, input, baseRevision);
    if (updated) {
        transaction.commit();
    }
    return updated;
}

Result<Ticket> TicketRepository::update(Poco::Data::Session& session, const Ticket& input, std::int64_t baseRevision,
                                        const TicketWrite& write)
{
    auto stored = find(session, input.id.toString());
    if (!stored) {
        return stored.error();
    }
    Ticket ticket = input;
    ticket.number = stored.value().number;
    ticket.createdAt = stored.value().createdAt;
    ticket.revision = baseRevision + 1;
    if (auto valid = validate(ticket); !valid) {
        return valid.error();
    }
    Poco::Nullable<std::string> caseRef;
    if (ticket.medicalCaseRef) {
        caseRef = m_cipher.encrypt(*ticket.medicalCaseRef, caseRefContext(ticket.id));
    }
    Poco::Nullable<std::string> assignee;
    if (ticket.assigneeId) {
        assignee = ticket.assigneeId->toString();
    }
    const std::string hlc = feedHlc(write, ticket.updatedAt);
    sync::TicketFieldStamps stamps;
    if (write.stamps) {
        stamps = *write.stamps;
    } else {
        auto old = fieldStamps(session, ticket.id.toString());
        stamps = sync::restampChangedFields(stored.value(), ticket, old ? old.value() : sync::TicketFieldStamps {},
                                            HlcTimestamp::parse(hlc).value(), ticket.revision);
    }
    Poco::Data::Statement statement(session);
    // The revision condition makes check and write one atomic step: a concurrent writer changes no row.
    statement << sql("UPDATE tickets SET title = ?, description = ?, priority = ?, priority_rank = ?, category = ?, "
                     "status = ?, channel = ?, requester_name = ?, requester_email = ?, assignee_id = ?, team = ?, "
                     "medical_case_ref = ?, updated_at = ?, first_response_at = ?, resolved_at = ?, "
                     "escalation_level = ?, revision = ?, field_stamps = ? WHERE id = ? AND revision = ?"),
        pk::bind(ticket.title), pk::bind(m_cipher.encrypt(ticket.description, descriptionContext(ticket.id))),
        pk::bind(std::string(toString(ticket.priority))), pk::bind(severityRank(ticket.priority)),
        pk::bind(std::string(toString(ticket.category))), pk::bind(std::string(toString(ticket.status))),
        pk::bind(std::string(toString(ticket.channel))), pk::bind(ticket.requesterName),
        pk::bind(ticket.requesterEmail), pk::bind(assignee), pk::bind(ticket.team), pk::bind(caseRef),
        pk::bind(ticket.updatedAt), pk::bind(nullable(ticket.firstResponseAt)), pk::bind(nullable(ticket.resolvedAt)),
        pk::bind(ticket.escalationLevel), pk::bind(ticket.revision), pk::bind(toJson(stamps).dump()),
        pk::bind(ticket.id.toString()), pk::bind(baseRevision);
    if (statement.execute() != 1) {
        return Error {ErrorCode::Conflict, "revision",
                      "the ticket changed since revision " + std::to_string(baseRevision) + "; reload and retry"};
    }
    m_database.ticketReads().written(ticket.id.toString());
    SyncFeedRepository feed(m_database);
    feed.touch(session, "ticket", ticket.id.toString(), ticket.revision, false, hlc);
    // The ticket's comments move behind it in the feed: a console that meets this ticket for the first time (its
    // first sync, or the ticket just moved into its team) must receive the ticket before the comments that hang on
    // it, or it would skip them as orphans and its cursor would pass them for good.
    std::vector<std::string> commentIds;
    session << sql("SELECT id FROM comments WHERE ticket_id = ? ORDER BY created_at, id"), pk::into(commentIds),
        pk::bind(ticket.id.toString()), pk::now;
    for (const std::string& commentId : commentIds) {
        feed.touch(session, "comment", commentId, 1, false, hlc);
    }
    return ticket;
}

Status TicketRepository::remove(std::string_view id, std::int64_t nowMs)
{
    auto session = m_database.session();
    WriteTransaction transaction(session, m_database.backend());
    const Status removed = remove(session, id, nowMs);
    if (removed) {
        transaction.commit();
    }
    return removed;
}

Status TicketRepository::remove(Poco::Data::Session& session, std::string_view id, std::int64_t nowMs)
{
    const std::string ticketId(id);
    std::int64_t revision = 0;
    session << sql("SELECT revision FROM tickets WHERE id = ?"), pk::into(revision), pk::bind(ticketId), pk::now;
    std::vector<std::string> commentIds;
    session << sql("SELECT id FROM comments WHERE ticket_id = ?"), pk::into(commentIds), pk::bind(ticketId), pk::now;
    // Explicit, so it does not depend on the SQLite connection's foreign_keys setting.
    session << sql("DELETE FROM comments WHERE ticket_id = ?"), pk::bind(ticketId), pk::now;
    Poco::Data::Statement statement(session);
    statement << sql("DELETE FROM tickets WHERE id = ?"), pk::bind(ticketId);
    if (statement.execute() != 1) {
        return Error {ErrorCode::NotFound, "id", "no ticket with this id"};
    }
    m_database.ticketReads().written(ticketId);
    SyncFeedRepository feed(m_database);
    const std::string hlc = SyncFeedRepository::serverHlc(nowMs);
    for (const std::string& commentId : commentIds) {
        feed.touch(session, "comment", commentId, 2, true, hlc); // comments are never edited: revision 1, then gone
    }
    feed.touch(session, "ticket", ticketId, revision + 1, true, hlc);
    return okStatus();
}

TicketPage TicketRepository::list(const TicketQuery& query)
{
    const TicketListSql listSql(query);
    auto session = m_database.session();
    TicketPage page;
    {
        Poco::Data::Statement count(session);
        count << sql("SELECT COUNT(*) FROM tickets" + listSql.where());
        listSql.bindFilters(count);
        const ResultRows rows(count);
        page.total = rows.integer(0, 0);
    }
    Poco::Data::Statement select(session);
    select << sql(std::string(selectTicket) + listSql.where() + listSql.orderAndPage());
    listSql.bindFiltersAndPage(select);
    const ResultRows rows(select);
    for (std::size_t row = 0; row < rows.size(); ++row) {
        page.tickets.push_back(fromRow(rows, row));
    }
    return page;
}

} // namespace hss::server
