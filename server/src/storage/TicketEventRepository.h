// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <Poco/Data/Session.h>

#include "Database.h"
#include "hss/Category.h"
#include "hss/Priority.h"
#include "hss/TicketStatus.h"
#include "hss/sla/SlaHistory.h"

namespace hss::server {

class ResultRows;

/// The SLA history of tickets (table ticket_events): what the SLA calculator needs, appended in the ticket's write
/// transaction on the caller's session. Cheap to construct; not thread-safe itself.
class TicketEventRepository final
{
public:
    explicit TicketEventRepository(Database& database);

    void recordCreated(Poco::Data::Session& session, const std::string& ticketId, std::int64_t at, Priority priority,
                       Category category, TicketStatus status);
    void recordClassification(Poco::Data::Session& session, const std::string& ticketId, std::int64_t at,
                              Priority priority, Category category);
    void recordStatus(Poco::Data::Session& session, const std::string& ticketId, std::int64_t at, TicketStatus status);
    /// A public reply: by the requester (\a customer) or by an agent.
    void recordReply(Poco::Data::Session& session, const std::string& ticketId, std::int64_t at, bool customer);

    /// The histories of the tickets among \a ids that have one, by id. Entries are put in time order and never
    /// before creation (a clock corrected backwards must not make a history invalid).
    std::map<std::string, sla::SlaHistory> histories(Poco::Data::Session& session, const std::vector<std::string>& ids);

    /// The same for one ticket from rows of its events in recorded order, their columns kind, at, priority,
    /// category and status starting at \a first; rows whose kind is NULL are skipped. Absent without a creation.
    static std::optional<sla::SlaHistory> historyFromRows(const ResultRows& rows, std::size_t first);

private:
    void insert(Poco::Data::Session& session, const std::string& ticketId, std::string_view kind, std::int64_t at,
                std::string_view priority, std::string_view category, std::string_view status);
    std::string sql(std::string_view text) const;

    Database& m_database;
};

} // namespace hss::server
