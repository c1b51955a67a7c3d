// SPDX-License-Identifier: MIT
#include "TicketReader.h"

#include <string>

#include "ResultRows.h"
#include "StatementCache.h"
#include "TicketColumns.h"
#include "TicketEventRepository.h"
#include "TicketReadCache.h"
#include "TicketRepository.h"

namespace hss::server {

namespace {

/// The ticket's columns first (as TicketRepository::fromRow() reads them), then one event per row in the order
/// they were recorded; a ticket without events gives one row whose event columns are NULL.
std::string joinedSelect()
{
    std::string columns;
    std::string_view rest = ticketColumns;
    while (!rest.empty()) {
        const std::size_t comma = rest.find(", ");
        columns += (columns.empty() ? "tickets." : ", tickets.") + std::string(rest.substr(0, comma));
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 2);
    }
    return "SELECT " + columns
        + ", ticket_events.kind, ticket_events.at, ticket_events.priority, ticket_events.category, "
          "ticket_events.status FROM tickets LEFT JOIN ticket_events ON ticket_events.ticket_id = tickets.id "
          "WHERE tickets.id = ? ORDER BY ticket_events.id";
}

} // namespace

TicketReader::TicketReader(Database& database, const FieldCipher& cipher)
    : m_database(database)
    , m_cipher(cipher)
{ }

Result<std::shared_ptr<const TicketWithHistory>> TicketReader::find(std::string_view id) const
{
    static const std::string select = joinedSelect();
    static const std::size_t eventColumns = [] {
        std::size_t count = 1;
        for (const char c : ticketColumns) {
            count += c == ',' ? 1 : 0;
        }
        return count;
    }();
    const std::string key(id);
    TicketReadCache& cache = m_database.ticketReads();
    TicketReadCache::Lookup cached = cache.find(key);
    if (cached.entry) {
        return std::move(cached.entry);
    }
    Poco::Data::Session session = m_database.session();
    const ResultRows rows = m_database.statements().query(session, select, {key});
    if (rows.empty()) {
        return Error {ErrorCode::NotFound, "id", "no ticket with this id"};
    }
    auto read = std::make_shared<const TicketWithHistory>(
        TicketWithHistory {TicketRepository(m_database, m_cipher).fromRow(rows, 0),
                           TicketEventRepository::historyFromRows(rows, eventColumns)});
    cache.store(key, read, cached.stamp);
    return read;
}

} // namespace hss::server
