// SPDX-License-Identifier: MIT
#include "SlaFirer.h"

#include <algorithm>

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
    TicketRepository tickets(m_database, m_cipher);
    auto found = tickets.find(session, event.ticketId);
    if (!found) {
        return "ticket no longer exists";
    }
    Ticket ticket = found.value();
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
                auto updated = tickets.update(session, changed, ticket.revision);
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
    const std::vector<NewNotification> messages = messagesFor(ticket, event, level);
    NotificationOutboxRepository outbox(m_database);
    for (const NewNotification& message : messages) {
        outbox.enqueue(session, message, m_clock.nowMs());
    }
    return outcome + "; " + std::to_string(messages.size()) + " notification(s) queued";
}

std::vector<NewNotification> SlaFirer::messagesFor(const Ticket& ticket, const SlaEventRecord& event,
                                                   const EscalationLevel* level) const
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
    std::vector<NewNotification> messages;
    auto add = [&](std::string_view channel, const std::string& recipient) {
        for (const NewNotification& existing : messages) {
            if (existing.channel == channel && existing.recipient == recipient) {
                return;
            }
        }
        messages.push_back({std::string(channel), recipient, subject, body, eventName, ticket.id.toString()});
    };
    if (contains(channels, channelName::email) && m_settings.smtp.enabled) {
        if (level) {
            UserRepository users(m_database, m_cipher);
            for (const std::string& person : level->people) {
                if (auto account = users.findById(person); account && !account.value().user.email.empty()) {
                    add(channelName::email, account.value().user.email);
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
    return messages;
}

} // namespace hss::server
