// SPDX-License-Identifier: MIT
#include "TicketEventRepository.h"

#include <algorithm>

#include <Poco/Data/Statement.h>

#include "ResultRows.h"
#include "SqlText.h"
#include "StatementCache.h"
#include "TicketReadCache.h"

namespace pk = Poco::Data::Keywords;

namespace hss::server {

namespace {

constexpr std::size_t idsPerQuery = 200;

SqlValue nullable(std::string_view text)
{
    return text.empty() ? SqlValue() : SqlValue(std::string(text));
}

/// The history being read for one ticket; entries are clamped so the lists stay valid.
struct Builder
{
    bool created = false;
    sla::SlaHistory history;
    std::int64_t last = 0;

    std::int64_t at(std::int64_t value)
    {
        last = std::max(last, std::max(value, history.createdAt));
        return last;
    }
};

/// Adds one ticket_events row to \a builder; its columns kind, at, priority, category, status start at \a first.
void addRow(Builder& builder, const ResultRows& rows, std::size_t row, std::size_t first)
{
    const std::string kind = rows.text(row, first);
    const std::int64_t at = rows.integer(row, first + 1);
    if (kind == "created") {
        builder.created = true;
        builder.history.createdAt = at;
        builder.last = at;
        builder.history.priority =
            priorityFromString(rows.optionalText(row, first + 2).value_or("")).valueOr(Priority::Medium);
        builder.history.category =
            categoryFromString(rows.optionalText(row, first + 3).value_or("")).valueOr(Category::Technical);
        return;
    }
    if (!builder.created) {
        return; // nothing is known before creation
    }
    if (kind == "classification") {
        sla::SlaClassificationChange change;
        change.at = builder.at(at);
        change.priority =
            priorityFromString(rows.optionalText(row, first + 2).value_or("")).valueOr(builder.history.priority);
        change.category =
            categoryFromString(rows.optionalText(row, first + 3).value_or("")).valueOr(builder.history.category);
        builder.history.classificationChanges.push_back(change);
    } else if (kind == "status") {
        if (auto status = ticketStatusFromString(rows.optionalText(row, first + 4).value_or(""))) {
            builder.history.statusChanges.push_back({builder.at(at), status.value()});
        }
    } else if (kind == "agent_reply") {
        builder.history.agentReplies.push_back(builder.at(at));
    } else if (kind == "customer_reply") {
        builder.history.customerReplies.push_back(builder.at(at));
    }
}

} // namespace

std::optional<sla::SlaHistory> TicketEventRepository::historyFromRows(const ResultRows& rows, std::size_t first)
{
    Builder builder;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        if (rows.optionalText(row, first)) { // a ticket without events still gives one row of NULLs
            addRow(builder, rows, row, first);
        }
    }
    return builder.created ? std::optional(std::move(builder.history)) : std::nullopt;
}

TicketEventRepository::TicketEventRepository(Database& database)
    : m_database(database)
{ }

std::string TicketEventRepository::sql(std::string_view text) const
{
    return sqltext::forBackend(text, m_database.backend());
}

void TicketEventRepository::insert(Poco::Data::Session& session, const std::string& ticketId, std::string_view kind,
                                   std::int64_t at, std::string_view priority, std::string_view category,
                                   std::string_view status)
{
    m_database.statements().execute(
        session,
        "INSERT INTO ticket_events (ticket_id, kind, at, priority, category, status) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        {ticketId, std::string(kind), at, nullable(priority), nullable(category), nullable(status)});
    m_database.ticketReads().written(ticketId);
}

void TicketEventRepository::recordCreated(Poco::Data::Session& session, const std::string& ticketId, std::int64_t at,
                                          Priority priority, Category category, TicketStatus status)
{
    insert(session, ticketId, "created", at, toString(priority), toString(category), {});
    if (status != TicketStatus::New) {
        insert(session, ticketId, "status", at, {}, {}, toString(status)); // a pushed ticket made offline
    }
}

void TicketEventRepository::recordClassification(Poco::Data::Session& session, const std::string& ticketId,
                                                 std::int64_t at, Priority priority, Category category)
{
    insert(session, ticketId, "classification", at, toString(priority), toString(category), {});
}

void TicketEventRepository::recordStatus(Poco::Data::Session& session, const std::string& ticketId, std::int64_t at,
                                         TicketStatus status)
{
    insert(session, ticketId, "status", at, {}, {}, toString(status));
}

void TicketEventRepository::recordReply(Poco::Data::Session& session, const std::string& ticketId, std::int64_t at,
                                        bool customer)
{
    insert(session, ticketId, customer ? "customer_reply" : "agent_reply", at, {}, {}, {});
}

std::map<std::string, sla::SlaHistory> TicketEventRepository::histories(Poco::Data::Session& session,
                                                                        const std::vector<std::string>& ids)
{
    std::map<std::string, Builder> builders;
    for (std::size_t first = 0; first < ids.size(); first += idsPerQuery) {
        const std::size_t count = std::min(idsPerQuery, ids.size() - first);
        std::string text = "SELECT ticket_id, kind, at, priority, category, status FROM ticket_events "
                           "WHERE ticket_id IN (";
        for (std::size_t i = 0; i < count; ++i) {
            text += i == 0 ? "?" : ", ?";
        }
        text += ") ORDER BY ticket_id, id";
        // A ticket's own history is read on every write and read of it: that statement stays prepared.
        std::vector<SqlValue> chunk(ids.begin() + static_cast<std::ptrdiff_t>(first),
                                    ids.begin() + static_cast<std::ptrdiff_t>(first + count));
        const ResultRows rows = count == 1 ? m_database.statements().query(session, text, chunk) : [&] {
            Poco::Data::Statement select(session);
            select << sql(text);
            for (const SqlValue& id : chunk) {
                select, pk::bind(std::get<std::string>(id));
            }
            return ResultRows(select);
        }();
        for (std::size_t row = 0; row < rows.size(); ++row) {
            addRow(builders[rows.text(row, 0)], rows, row, 1);
        }
    }
    std::map<std::string, sla::SlaHistory> result;
    for (auto& [id, builder] : builders) {
        if (builder.created) {
            result.emplace(id, std::move(builder.history));
        }
    }
    return result;
}

} // namespace hss::server
