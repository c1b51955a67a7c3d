// SPDX-License-Identifier: MIT
#include "SlaTracker.h"

#include <algorithm>
#include <cctype>

#include <Poco/Exception.h>
#include <Poco/Logger.h>

#include "../storage/Database.h"
#include "../storage/SlaCreationWriter.h"
#include "../storage/SlaEventRepository.h"
#include "../storage/TicketEventRepository.h"
#include "../storage/TicketRepository.h"
#include "../storage/UserRepository.h"
#include "ServerSlaCalculator.h"
#include "SlaPolicyBook.h"
#include "hss/Clock.h"
#include "hss/Comment.h"
#include "hss/Ticket.h"

namespace hss::server {

namespace {

bool sameAddress(const std::string& a, const std::string& b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

} // namespace

SlaTracker::SlaTracker(Database& database, const FieldCipher& cipher, const Clock& clock, const SlaPolicyBook& policies)
    : m_database(database)
    , m_cipher(cipher)
    , m_clock(clock)
    , m_policies(policies)
{ }

void SlaTracker::setWakeup(std::function<void(std::int64_t)> wakeup)
{
    m_wakeup = std::move(wakeup);
}

void SlaTracker::ticketCreated(Poco::Data::Session& session, const Ticket& ticket) const
{
    // Planned from creation on: a ticket made offline long ago gets its already-passed events too, and they fire
    // at once instead of never. A new ticket's history is exactly its creation and it has no planned events yet, so
    // neither is read back, and both are written together: each statement is a round trip on the writer's
    // connection.
    auto computed =
        m_policies.calculator()->compute(creationHistory(ticket), std::min(ticket.createdAt, m_clock.nowMs()));
    const std::vector<sla::SlaEvent> upcoming =
        computed ? computed.value().upcomingEvents() : std::vector<sla::SlaEvent> {};
    SlaCreationWriter(m_database).write(session, ticket, upcoming);
    if (m_wakeup && !upcoming.empty()) {
        m_wakeup(upcoming.front().at); // upcomingEvents() is in time order
    }
}

void SlaTracker::recordCreation(Poco::Data::Session& session, const Ticket& ticket) const
{
    const std::string id = ticket.id.toString();
    TicketEventRepository(m_database)
        .recordCreated(session, id, ticket.createdAt, ticket.priority, ticket.category, ticket.status);
    if (ticket.firstResponseAt) {
        TicketEventRepository(m_database).recordReply(session, id, *ticket.firstResponseAt, false);
    }
}

std::size_t SlaTracker::planUnplanned(Poco::Data::Session& session, const std::vector<std::string>& ids) const
{
    SlaEventRepository events(m_database);
    TicketRepository tickets(m_database, m_cipher);
    const auto histories = TicketEventRepository(m_database).histories(session, ids);
    std::size_t planned = 0;
    for (const std::string& id : ids) {
        // Checked again in the write transaction: the ticket may have been created, changed or closed since the
        // scan that named it, and then it is the writer's to plan.
        if (!events.forTicket(session, id).empty()) {
            continue;
        }
        Result<Ticket> found = Error {ErrorCode::NotFound, "id", "not read"};
        try {
            found = tickets.find(session, id);
        } catch (const Poco::IOException&) {
            throw; // the database failed: the job is rolled back and the walk stops
        } catch (const std::exception& error) {
            // One unreadable ticket (a protected field that no longer decrypts) must not stop the walk for all.
            Poco::Logger::get("hss.sla").error("SLA: ticket %s not planned: %s", id, std::string(error.what()));
            continue;
        }
        if (!found || found.value().status == TicketStatus::Resolved || found.value().status == TicketStatus::Closed) {
            continue;
        }
        const Ticket& ticket = found.value();
        if (!histories.contains(id)) {
            recordCreation(session, ticket);
        }
        // Planned from now on: thresholds a backlog passed before it had a plan would otherwise all fire at once
        // (a storm of stale warnings and reassignments at the first start); the report still shows their state.
        if (replan(session, id, m_clock.nowMs()) > 0) {
            ++planned;
        }
    }
    return planned;
}

void SlaTracker::ticketChanged(Poco::Data::Session& session, const Ticket& before, const Ticket& after) const
{
    const std::string id = after.id.toString();
    // When it happened: updated_at (a change pushed from offline carries the device's time), never in the future.
    const std::int64_t at = std::clamp(after.updatedAt, after.createdAt, std::max(after.createdAt, m_clock.nowMs()));
    TicketEventRepository events(m_database);
    bool changed = false;
    if (before.priority != after.priority || before.category != after.category) {
        events.recordClassification(session, id, at, after.priority, after.category);
        changed = true;
    }
    if (before.status != after.status) {
        events.recordStatus(session, id, at, after.status);
        changed = true;
    }
    if (!before.firstResponseAt && after.firstResponseAt) {
        events.recordReply(session, id, *after.firstResponseAt, false);
        changed = true;
    }
    if (changed) {
        replan(session, id, m_clock.nowMs());
    }
}

void SlaTracker::commentAdded(Poco::Data::Session& session, const Ticket& ticket, const Comment& comment) const
{
    if (comment.visibility != CommentVisibility::PublicReply) {
        return;
    }
    bool customer = false;
    if (!ticket.requesterEmail.empty()) {
        if (auto author = UserRepository(m_database, m_cipher).findById(comment.authorId.toString())) {
            customer = sameAddress(author.value().user.email, ticket.requesterEmail);
        }
    }
    const std::string id = ticket.id.toString();
    TicketEventRepository(m_database).recordReply(session, id, std::max(comment.createdAt, ticket.createdAt), customer);
    replan(session, id, m_clock.nowMs());
}

std::size_t SlaTracker::replanTickets(Poco::Data::Session& session, const std::vector<std::string>& ids) const
{
    // From now on, as the walk for unplanned tickets does: a threshold the new targets put in the past is not fired
    // after the fact (the report shows its state), which keeps a change from setting off a storm of stale alerts.
    const std::int64_t now = m_clock.nowMs();
    std::size_t planned = 0;
    for (const std::string& id : ids) {
        if (replan(session, id, now) > 0) {
            ++planned;
        }
    }
    return planned;
}

std::map<std::string, sla::SlaReport> SlaTracker::reports(Poco::Data::Session& session,
                                                          const std::vector<std::string>& ids) const
{
    std::map<std::string, sla::SlaReport> reports;
    const std::int64_t now = m_clock.nowMs();
    for (const auto& [id, history] : TicketEventRepository(m_database).histories(session, ids)) {
        if (auto report = m_policies.calculator()->compute(history, now)) {
            reports.emplace(id, std::move(report.value()));
        }
    }
    return reports;
}

std::optional<sla::SlaReport> SlaTracker::report(Poco::Data::Session& session, const std::string& id) const
{
    auto all = reports(session, {id});
    if (all.empty()) {
        return std::nullopt;
    }
    return std::move(all.begin()->second);
}

std::optional<sla::SlaReport> SlaTracker::report(const sla::SlaHistory& history) const
{
    auto report = m_policies.calculator()->compute(history, m_clock.nowMs());
    return report ? std::optional(std::move(report.value())) : std::nullopt;
}

std::map<std::string, sla::SlaReport> SlaTracker::reports(const std::vector<std::string>& ids) const
{
    Poco::Data::Session session = m_database.session();
    return reports(session, ids);
}

std::optional<sla::SlaReport> SlaTracker::report(const std::string& id) const
{
    Poco::Data::Session session = m_database.session();
    return report(session, id);
}

std::size_t SlaTracker::replan(Poco::Data::Session& session, const std::string& ticketId, std::int64_t evaluateAt) const
{
    std::vector<sla::SlaEvent> upcoming;
    std::optional<sla::SlaReport> report;
    const auto histories = TicketEventRepository(m_database).histories(session, {ticketId});
    if (const auto it = histories.find(ticketId); it != histories.end()) {
        if (auto computed = m_policies.calculator()->compute(it->second, evaluateAt)) {
            upcoming = computed.value().upcomingEvents();
            report = std::move(computed.value());
        }
    }
    SlaEventRepository events(m_database);
    const std::int64_t now = m_clock.nowMs();
    if (report) {
        // An overdue event not fired yet (the scheduler was behind) of a clock run that the history now shows
        // stopped before it (e.g. a resolution pushed from offline) never happened: it must not fire.
        for (const SlaEventRecord& event : events.forTicket(session, ticketId)) {
            if (event.state != SlaEventRepository::statePlanned || event.dueAt > now) {
                continue;
            }
            for (const sla::SlaClock& clock : report->clocks) {
                if (toString(clock.kind) == event.clock && clock.startedAt == event.clockStartedAt && clock.stoppedAt
                    && *clock.stoppedAt < event.dueAt) {
                    events.cancel(session, event.key);
                }
            }
        }
    }
    events.replan(session, ticketId, upcoming, now);
    if (m_wakeup && !upcoming.empty()) {
        m_wakeup(upcoming.front().at); // upcomingEvents() is in time order
    }
    return upcoming.size();
}

} // namespace hss::server
