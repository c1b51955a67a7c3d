// SPDX-License-Identifier: MIT
#include "NotificationMessages.h"

#include <algorithm>

#include "../sla/ServerSlaCalculator.h"
#include "../sla/SlaPolicyBook.h"
#include "NotificationChannel.h"
#include "hss/Ticket.h"
#include "hss/Timestamp.h"

namespace hss::server {

namespace {

constexpr std::int64_t msPerMinute = 60'000;
constexpr std::string_view slackRecipient = "slack-webhook";

std::string numberText(const Ticket& ticket)
{
    if (!ticket.number) {
        return "(number pending)";
    }
    // Appended rather than "#" + ...: GCC 12 reports a false -Wrestrict for that form at -O2 and above.
    std::string text = "#";
    text += std::to_string(*ticket.number);
    return text;
}

std::string clockName(sla::SlaClockKind kind)
{
    std::string name(toString(kind));
    std::replace(name.begin(), name.end(), '_', ' ');
    return name;
}

/// The nearest running clock in words: the one due first, else a paused one; stopped clocks do not count.
std::string nearestClock(const sla::SlaReport& report)
{
    const sla::SlaClock* nearest = nullptr;
    const sla::SlaClock* paused = nullptr;
    for (const sla::SlaClock& clock : report.clocks) {
        if (clock.state == sla::SlaState::Inactive || clock.stoppedAt) {
            continue;
        }
        if (clock.dueAt && (!nearest || *clock.dueAt < *nearest->dueAt)) {
            nearest = &clock;
        } else if (!clock.dueAt && clock.paused && !paused) {
            paused = &clock;
        }
    }
    if (nearest) {
        const bool breached = nearest->state == sla::SlaState::Breached;
        return clockName(nearest->kind) + " " + std::string(toString(nearest->state))
            + (breached ? ", was due " : ", due ") + formatTimestamp(*nearest->dueAt);
    }
    if (paused) {
        return clockName(paused->kind) + " paused while waiting on the customer";
    }
    return "no clock running";
}

} // namespace

NotificationMessages::NotificationMessages(NotificationSettings settings)
    : m_settings(std::move(settings))
    , m_policies(std::make_shared<const SlaPolicyBook>(serverSlaDefaults(m_settings)))
{ }

NotificationMessages::NotificationMessages(NotificationSettings settings, std::shared_ptr<const SlaPolicyBook> policies)
    : m_settings(std::move(settings))
    , m_policies(policies ? std::move(policies) : std::make_shared<const SlaPolicyBook>(serverSlaDefaults(m_settings)))
{ }

bool NotificationMessages::isEmergency(const Ticket& ticket)
{
    return ticket.priority == Priority::Emergency;
}

std::string NotificationMessages::slaState(const Ticket& ticket, std::int64_t nowMs) const
{
    if (isEmergency(ticket)) {
        const std::int64_t resolveBy = ticket.createdAt + m_settings.emergencySlaMinutes * msPerMinute;
        const std::int64_t escalateAt = ticket.createdAt + m_settings.emergencyEscalationMinutes * msPerMinute;
        return "medical emergency: resolve within " + std::to_string(m_settings.emergencySlaMinutes) + " minutes (by "
            + formatTimestamp(resolveBy) + "), escalation at " + formatTimestamp(escalateAt);
    }
    auto report = m_policies->calculator()->compute(creationHistory(ticket), std::max(nowMs, ticket.createdAt));
    if (!report) {
        return "not available (" + report.error().message + ")";
    }
    return nearestClock(report.value());
}

std::string NotificationMessages::link(const Ticket& ticket) const
{
    const std::string path = "/api/tickets/" + ticket.id.toString();
    return m_settings.publicUrl.empty() ? path : m_settings.publicUrl + path;
}

std::string NotificationMessages::facts(const Ticket& ticket, std::int64_t nowMs) const
{
    return "Ticket: " + numberText(ticket) + "\nPriority: " + std::string(toString(ticket.priority))
        + "\nCategory: " + std::string(toString(ticket.category)) + "\nSLA: " + slaState(ticket, nowMs)
        + "\nLink: " + link(ticket) + "\n";
}

std::vector<NewNotification> NotificationMessages::ticketCreated(const Ticket& ticket, std::int64_t nowMs) const
{
    std::vector<NewNotification> messages;
    const std::string ticketId = ticket.id.toString();
    auto add = [&](std::string_view channel, std::string recipient, std::string subject, std::string body,
                   std::string_view event) {
        messages.push_back(NewNotification {std::string(channel), std::move(recipient), std::move(subject),
                                            std::move(body), std::string(event), ticketId});
    };
    if (isEmergency(ticket)) {
        const std::string subject = "MEDICAL EMERGENCY: ticket " + numberText(ticket);
        const std::string body = "A medical emergency ticket was opened and needs a response now.\n\n"
            + facts(ticket, nowMs)
            + "\nOpen the ticket in the console for its details; this alert carries no patient data.\n";
        if (m_settings.smtp.enabled && !m_settings.medicalEmail.empty()) {
            add(channelName::email, m_settings.medicalEmail, subject, body, emergencyAlertEvent);
        }
        if (m_settings.slack.enabled) {
            add(channelName::slack, std::string(slackRecipient), subject, body, emergencyAlertEvent);
        }
        if (m_settings.sms.enabled && !m_settings.medicalPhone.empty()) {
            const std::string text = "HSS MEDICAL EMERGENCY " + numberText(ticket) + ", "
                + std::string(toString(ticket.category)) + ", resolve within "
                + std::to_string(m_settings.emergencySlaMinutes) + " min: " + link(ticket);
            add(channelName::sms, m_settings.medicalPhone, subject, text, emergencyAlertEvent);
        }
    }
    if (m_settings.smtp.enabled && !ticket.requesterEmail.empty()) {
        const std::string subject = "We received your support request: ticket " + numberText(ticket);
        const std::string body = "Your support request has been received and logged.\n\n" + facts(ticket, nowMs)
            + "\nPlease quote the ticket number when you contact us. Do not send patient information by e-mail.\n"
              "This message was sent automatically.\n";
        add(channelName::email, ticket.requesterEmail, subject, body, acknowledgementEvent);
    }
    return messages;
}

} // namespace hss::server
