// SPDX-License-Identifier: MIT
#include "SlaFirer.h"

#include <algorithm>
#include <map>

#include "../notify/NotificationChannel.h"
#include "../storage/EscalationMatrixRepository.h"
#include "../storage/SlaEventRepository.h"
#include "../storage/TicketRepository.h"
#include "../storage/UserRepository.h"
#include "hss/Clock.h"
#include "hss/Limits.h"
#include "hss/Ticket.h"

namespace hss::server {

namespace {

constexpr std::string_view slackRecipient = "slack-webhook";

bool contains(const std::vector<std::string>& values, std::string_view value)
{
    return std::find(values.begin(), values.end(), value) != values.end();
}

std::string describe(const SlaEventRecord& event)
{
    std::string clock = event.clock;
    std::replace(clock.begin(), clock.end(), '_', ' ');
    if (event.kind == "breach") {
        return "the " + clock + " target is breached";
    }
    if (event.kind == "escalation") {
        return "the " + clock + " clock reached escalation level " + std::to_string(event.level);
    }
    return "the " + clock + " clock passed warning " + std::to_string(event.level);
}

} // namespace

SlaFirer::SlaFirer(Database& database, const FieldCipher& cipher, const Clock& clock, NotificationSettings settings)
    : m_database(database)
    , m_cipher(cipher)
    , m_clock(clock)
    , m_settings(std::move(settings))
{ }

EscalationMatrix SlaFirer::loadMatrix(Poco::Data::Session& session) const
{
    return EscalationMatrixRepository(m_database).load(session);
}

std::string SlaFirer::fire(Poco::Data::Session& session, const SlaEventRecord& event) const
{
    return fire(session, event, loadMatrix(session));
}

std::string SlaFirer::fire(Poco::Data::Session& session, const SlaEventRecord& event,
                           const EscalationMatrix& matrix) const
{
    auto found = TicketRepository(m_database, m_cipher).find(session, event.ticketId);
    if (!found) {
        return "ticket no longer exists";
    }
    Ticket ticket = found.value();
    std::vector<NewNotification> messages;
    std::map<std::string, std::string> emails;
    std::string outcome = apply(session, event, matrix, ticket, messages, emails);
    NotificationOutboxRepository(m_database).enqueue(session, messages, m_clock.nowMs());
    return outcome;
}

std::vector<SlaEventRepository::Firing> SlaFirer::fire(Poco::Data::Session& session,
                                                       const std::vector<SlaEventRecord>& events,
                                                       const EscalationMatrix& matrix) const
{
    // Per batch, not per event: the tickets are read in one query and every message is queued in a few multi-row
    // inserts; only an escalation writes its ticket on its own. A ticket stays in the map after an escalation, so a
    // later event of the same ticket in the batch sees its new level.
    std::vector<std::string> ids;
    ids.reserve(events.size());
    for (const SlaEventRecord& event : events) {
        ids.push_back(event.ticketId);
    }
    std::map<std::string, Ticket> tickets = TicketRepository(m_database, m_cipher).findMany(session, ids);
    std::vector<NewNotification> messages;
    std::map<std::string, std::string> emails;
    std::vector<SlaEventRepository::Firing> firings;
    firings.reserve(events.size());
    for (const SlaEventRecord& event : events) {
        const auto ticket = tickets.find(event.ticketId);
        std::string outcome = ticket == tickets.end() ? std::string("ticket no longer exists")
                                                      : apply(session, event, matrix, ticket->second, messages, emails);
        firings.push_back({event.key, m_clock.nowMs(), std::move(outcome)});
    }
    NotificationOutboxRepository(m_database).enqueue(session, messages, m_clock.nowMs());
    return firings;
}

std::string SlaFirer::apply(Poco::Data::Session& session, const SlaEventRecord& event, const EscalationMatrix& matrix,
                            Ticket& ticket, std::vector<NewNotification>& messages,
                            std::map<std::string, std::string>& emails) const
{
    std::string outcome = describe(event);
    const EscalationLevel* level = nullptr;
    if (event.kind == "escalation") {
        const int target = std::clamp(event.level, 1, limits::escalationLevelMax);
        level = matrix.forLevel(target);
        if (target > ticket.escalationLevel || level) {
            Ticket changed = ticket;
            changed.escalationLevel = std::max(ticket.escalationLevel, target);
            if (level) {
                changed.team = level->team;
                if (!level->people.empty()) {
                    if (auto assignee = Uuid::parse(level->people.front())) {
                        changed.assigneeId = assignee.value();
                    }
                }
            }
            changed.updatedAt = std::max(m_clock.nowMs(), ticket.createdAt);
            if (changed != ticket) {
                auto updated = TicketRepository(m_database, m_cipher).update(session, changed, ticket.revision);
                if (!updated) {
                    throw std::runtime_error("escalation not stored: " + updated.error().message);
                }
                ticket = updated.value();
            }
            outcome += "; ticket at escalation level " + std::to_string(ticket.escalationLevel);
            if (level) {
                outcome += ", team " + ticket.team;
                if (ticket.assigneeId) {
                    outcome += ", assigned to " + ticket.assigneeId->toString();
                }
            }
        }
    } else {
        level = matrix.forLevel(std::max(ticket.escalationLevel, 1));
    }
    const std::size_t before = messages.size();
    addMessages(ticket, event, level, emails, messages);
    return outcome + "; " + std::to_string(messages.size() - before) + " notification(s) queued";
}

void SlaFirer::addMessages(const Ticket& ticket, const SlaEventRecord& event, const EscalationLevel* level,
                           std::map<std::string, std::string>& emails, std::vector<NewNotification>& into) const
{
    // Who hears of it: the matrix level's people on its channels; for an emergency also the medical escalation
    // contacts, on every enabled channel when the matrix names none.
    const bool emergency = ticket.priority == Priority::Emergency;
    std::vector<std::string> channels;
    if (level) {
        channels = level->channels;
    } else if (emergency) {
        channels = {"email", "slack", "sms"};
    }
    const std::string number = ticket.number ? "#" + std::to_string(*ticket.number) : ticket.id.toString();
    const std::string path = "/api/tickets/" + ticket.id.toString();
    const std::string link = m_settings.publicUrl.empty() ? path : m_settings.publicUrl + path;
    const std::string subject =
        "[HSS] SLA " + event.kind + ": ticket " + number + " (" + std::string(toString(ticket.priority)) + ")";
    const std::string body = "Ticket: " + number + "\nPriority: " + std::string(toString(ticket.priority))
        + "\nCategory: " + std::string(toString(ticket.category)) + "\nSLA: " + describe(event)
        + "\nEscalation level: " + std::to_string(ticket.escalationLevel) + "\nLink: " + link + "\n";
    const std::string eventName = "sla." + event.kind;
    const std::size_t first = into.size();
    auto add = [&](std::string_view channel, const std::string& recipient) {
        for (std::size_t i = first; i < into.size(); ++i) {
            if (into[i].channel == channel && into[i].recipient == recipient) {
                return;
            }
        }
        into.push_back({std::string(channel), recipient, subject, body, eventName, ticket.id.toString()});
    };
    if (contains(channels, channelName::email) && m_settings.smtp.enabled) {
        if (level) {
            for (const std::string& person : level->people) {
                auto known = emails.find(person);
                if (known == emails.end()) {
                    // Looked up once per batch: a level's people are the same for every event it escalates.
                    auto account = UserRepository(m_database, m_cipher).findById(person);
                    known = emails.emplace(person, account ? account.value().user.email : std::string()).first;
                }
                if (!known->second.empty()) {
                    add(channelName::email, known->second);
                }
            }
        }
        if (emergency && !m_settings.medicalEmail.empty()) {
            add(channelName::email, m_settings.medicalEmail);
        }
    }
    if (contains(channels, channelName::slack) && m_settings.slack.enabled) {
        add(channelName::slack, std::string(slackRecipient));
    }
    if (contains(channels, channelName::sms) && m_settings.sms.enabled && emergency
        && !m_settings.medicalPhone.empty()) {
        add(channelName::sms, m_settings.medicalPhone);
    }
}

} // namespace hss::server
