// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <Poco/Data/Session.h>

#include "hss/sla/SlaCalculator.h"

namespace hss {
class Clock;
struct Comment;
struct Ticket;
} // namespace hss

namespace hss::server {

class Database;
class FieldCipher;
class SlaPolicyBook;

/// The hook ticket writers call inside their write transaction, on their session: records what the SLA
/// calculator needs (ticket_events) and re-plans the ticket's due events (sla_events) in the same transaction, so
/// the plan always matches the stored ticket. Also answers a ticket's SLA report for the API. Thread-safe.
class SlaTracker final
{
public:
    /// Plans with whatever configuration \a policies has in effect at the time.
    SlaTracker(Database& database, const FieldCipher& cipher, const Clock& clock, const SlaPolicyBook& policies);

    /// Called (from one thread, before serving) with what wakes the scheduler after a re-plan; it gets the earliest
    /// due time the re-plan planned.
    void setWakeup(std::function<void(std::int64_t dueAtMs)> wakeup);

    /// After a ticket was stored for the first time.
    void ticketCreated(Poco::Data::Session& session, const Ticket& ticket) const;
    /// After a ticket was changed from \a before to \a after.
    void ticketChanged(Poco::Data::Session& session, const Ticket& before, const Ticket& after) const;
    /// After a comment was added to \a ticket. A public one is a reply: the customer's when its author's account
    /// has the ticket's requester address, else an agent's. Internal notes change no clock.
    void commentAdded(Poco::Data::Session& session, const Ticket& ticket, const Comment& comment) const;

    /// Plans the tickets among \a ids that are open and have no SLA events at all (stored before SLA scheduling
    /// existed, or by a path without the tracker such as seed-demo): a missing history is taken from the ticket row
    /// as it is now. The plan holds the events still ahead; thresholds passed before there was a plan are not fired
    /// after the fact (their state is in the report). Returns how many got events.
    std::size_t planUnplanned(Poco::Data::Session& session, const std::vector<std::string>& ids) const;

    /// Plans the due events of \a ids again from their stored history with the configuration now in effect (after
    /// an admin changed it). Events already fired stay fired; returns how many tickets have events ahead.
    std::size_t replanTickets(Poco::Data::Session& session, const std::vector<std::string>& ids) const;

    /// The SLA reports of the tickets among \a ids that have a history, evaluated now.
    std::map<std::string, sla::SlaReport> reports(Poco::Data::Session& session,
                                                  const std::vector<std::string>& ids) const;
    std::optional<sla::SlaReport> report(Poco::Data::Session& session, const std::string& id) const;
    /// The same on a pooled session (for answers after the write committed).
    std::map<std::string, sla::SlaReport> reports(const std::vector<std::string>& ids) const;
    std::optional<sla::SlaReport> report(const std::string& id) const;
    /// The report of a history read already (a ticket read gets it with the ticket), evaluated now.
    std::optional<sla::SlaReport> report(const sla::SlaHistory& history) const;

private:
    void recordCreation(Poco::Data::Session& session, const Ticket& ticket) const;
    /// Returns how many events are planned ahead.
    std::size_t replan(Poco::Data::Session& session, const std::string& ticketId, std::int64_t evaluateAt) const;

    Database& m_database;
    const FieldCipher& m_cipher;
    const Clock& m_clock;
    const SlaPolicyBook& m_policies;
    std::function<void(std::int64_t)> m_wakeup;
};

} // namespace hss::server
