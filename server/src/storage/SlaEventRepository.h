// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <Poco/Data/Session.h>

#include "Database.h"
#include "hss/sla/SlaReport.h"

namespace hss::server {

/// One stored SLA due event.
struct SlaEventRecord
{
    std::string key; ///< ticket/clock/clock start/kind/level: stable across re-plans of the same clock run.
    std::string ticketId;
    std::string clock; ///< "first_response", "next_update", "resolution"
    std::string kind; ///< "warning", "escalation", "breach"
    int level = 0;
    std::int64_t clockStartedAt = 0;
    std::int64_t dueAt = 0;
    std::string state; ///< planned, fired or cancelled
    std::optional<std::int64_t> firedAt;
    std::optional<std::string> claimedBy; ///< The scheduler instance that fired it.
    std::optional<std::string> outcome; ///< What firing did, in words (for operators).
};

/// The planned SLA events (table sla_events). Writers take the caller's session inside a write transaction: a
/// re-plan commits with the ticket change that caused it, a firing with its effects. Claims are exclusive with
/// several server processes on one PostgreSQL (FOR UPDATE SKIP LOCKED, held until the firing transaction commits);
/// on SQLite the single writer makes claim and firing one step. Cheap to construct; not thread-safe itself.
class SlaEventRepository final
{
public:
    static constexpr std::string_view statePlanned = "planned";
    static constexpr std::string_view stateFired = "fired";
    static constexpr std::string_view stateCancelled = "cancelled";

    explicit SlaEventRepository(Database& database);

    /// The stable key of \a event of the ticket \a ticketId.
    static std::string keyFor(std::string_view ticketId, const sla::SlaEvent& event);

    /// Makes \a upcoming the ticket's planned future: planned events due after \a nowMs that are not in it are
    /// cancelled, the others planned at their (possibly moved) time. Fired events never change, so a re-plan cannot
    /// fire anything twice; planned events already due stay and fire (the scheduler was only late).
    void replan(Poco::Data::Session& session, const std::string& ticketId, const std::vector<sla::SlaEvent>& upcoming,
                std::int64_t nowMs);

    /// Plans \a upcoming for a ticket that has no planned future yet (just created): replan() without the cancelling
    /// step, in one statement per 90 events.
    void plan(Poco::Data::Session& session, const std::string& ticketId, const std::vector<sla::SlaEvent>& upcoming);

    /// Cancels the planned event \a key (an overdue one the ticket's history shows never happened).
    void cancel(Poco::Data::Session& session, const std::string& key);

    /// Locks up to \a limit planned events due at \a nowMs, earliest first; rows another transaction holds are
    /// skipped (PostgreSQL).
    std::vector<SlaEventRecord> claimDue(Poco::Data::Session& session, std::int64_t nowMs, int limit);

    /// Records a claimed event as fired. False when it was no longer planned.
    bool markFired(Poco::Data::Session& session, const std::string& key, std::int64_t nowMs,
                   const std::string& claimedBy, const std::string& outcome);

    /// One firing to record with markFired(): the claimed event's key, when it fired and what it did.
    struct Firing
    {
        std::string key;
        std::int64_t firedAt = 0;
        std::string outcome;
    };
    /// Records claimed events as fired by \a claimedBy, a few statements for any number of them. Returns the keys
    /// that were still planned (and are fired now).
    std::set<std::string> markFired(Poco::Data::Session& session, const std::vector<Firing>& firings,
                                    const std::string& claimedBy);

    /// When the earliest planned event is due, if any.
    std::optional<std::int64_t> nextDue(Poco::Data::Session& session);

    /// Every event of the ticket, by due time.
    std::vector<SlaEventRecord> forTicket(Poco::Data::Session& session, std::string_view ticketId);

    /// How many events are in \a state.
    std::int64_t countInState(Poco::Data::Session& session, std::string_view state);

    /// One step of a walk over the open tickets (neither resolved nor closed) in ticket-number order.
    struct OpenTicketScan
    {
        std::vector<std::string> open; ///< Every open ticket of the step, in number order.
        std::vector<std::string> withoutEvents; ///< Those of the step that have no sla_events row at all.
        std::optional<std::int64_t> lastNumber; ///< Where the next step starts; none when the walk is complete.
    };

    /// The next \a limit open tickets numbered above \a afterNumber and up to \a upToNumber, and which of them
    /// were never planned. Bounded work per call, so a walk over a million tickets never holds anything for long.
    OpenTicketScan scanOpenTickets(Poco::Data::Session& session, std::int64_t afterNumber, std::int64_t upToNumber,
                                   int limit);

    /// The highest ticket number stored (0 without tickets).
    std::int64_t highestTicketNumber(Poco::Data::Session& session);
    /// Up to which ticket number a walk for unplanned tickets completed (server_info; 0 before the first).
    std::int64_t walkedThroughNumber(Poco::Data::Session& session);
    void setWalkedThroughNumber(Poco::Data::Session& session, std::int64_t number);

    /// Inserts \a records as they are (bulk loading, e.g. the benchmark), several rows per statement.
    void insert(Poco::Data::Session& session, const std::vector<SlaEventRecord>& records);

private:
    std::string sql(std::string_view text) const;

    Database& m_database;
};

} // namespace hss::server
