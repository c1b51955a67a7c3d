// SPDX-License-Identifier: MIT
#include "NotificationMessages.h"

#include "NotificationChannel.h"
#include "hss/Ticket.h"
#include "hss/Timestamp.h"

namespace hss::server {

namespace {

constexpr std::int64_t msPerMinute = 60'000;
constexpr std::string_view slackRecipient = "slack-webhook";

std::string numberText(const Ticket& ticket)
{
    return ticket.number ? "#" + std::to_string(*ticket.number) : std::string("(number pending)");
}

} // namespace

NotificationMessages::NotificationMessages(NotificationSettings settings)
    : m_settings(std::move(settings))
{ }

bool NotificationMessages::isEmergency(const Ticket& ticket)
{
    return ticket.priority == Priority::Emergency;
}

std::string NotificationMessages::slaState(const Ticket& ticket) const
{
    if (isEmergency(ticket)) {
        const std::int64_t resolveBy = ticket.createdAt + m_settings.emergencySlaMinutes * msPerMinute;
        const std::int64_t escalateAt = ticket.createdAt + m_settings.emergencyEscalationMinutes * msPerMinute;
        return "medical emergency: resolve within " + std::to_string(m_settings.emergencySlaMinutes) + " minutes (by "
            + formatTimestamp(resolveBy) + "), escalation at " + formatTimestamp(escalateAt);
    }
    return "clock running since " + formatTimestamp(ticket.createdAt);
}

std::string NotificationMessages::link(const Ticket& ticket) const
{
    const std::string path = "/api/tickets/" + ticket.id.toString();
    return m_settings.publicUrl.empty() ? path : m_settings.publicUrl + path;
}

std::string NotificationMessages::facts(const Ticket& ticket) const
{
    return "Ticket: " + numberText(ticket) + "\nPriority: " + std::string(toString(ticket.priority)) + "\nCategory: "
        + std::string(toString(ticket.category)) + "\nSLA: " + slaState(ticket) + "\nLink: " + link(ticket) + "\n";
}

std::vector<NewNotification> NotificationMessages::ticketCreated(const Ticket& ticket) const
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
        const std::string body = "A medical emergency ticket was opened and needs a response now.\n\n" + facts(ticket)
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
        const std::string body = "Your support request has been received and logged.\n\n" + facts(ticket)
            + "\nPlease quote the ticket number when you contact us. Do not send patient information by e-mail.\n"
              "This message was sent automatically.\n";
        add(channelName::email, ticket.requesterEmail, subject, body, acknowledgementEvent);
    }
    return messages;
}

} // namespace hss::server
