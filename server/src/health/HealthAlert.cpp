// SPDX-License-Identifier: MIT
#include "HealthAlert.h"

#include <vector>

#include "../notify/NotificationChannel.h"
#include "../storage/NotificationOutboxRepository.h"
#include "../storage/UserRepository.h"
#include "hss/Timestamp.h"
#include "hss/User.h"

namespace hss::server {

namespace {

constexpr std::string_view slackRecipient = "slack-webhook";

std::string headline(HealthState to)
{
    switch (to) {
    case HealthState::Healthy:
        return "has recovered";
    case HealthState::Degraded:
        return "is degraded";
    case HealthState::Down:
        return "is down";
    }
    return "changed state";
}

} // namespace

HealthAlert::HealthAlert(Database& database, const FieldCipher& cipher, NotificationSettings settings)
    : m_database(database)
    , m_cipher(cipher)
    , m_settings(std::move(settings))
{ }

std::size_t HealthAlert::queue(Poco::Data::Session& session, const std::string& service, HealthState from,
                               HealthState to, const std::optional<std::string>& message, std::int64_t atMs) const
{
    const std::string path = "/api/health/" + service;
    const std::string subject = "[HSS] Service " + service + " " + headline(to);
    const std::string body = "Service: " + service + "\nState: " + std::string(toString(from)) + " -> "
        + std::string(toString(to)) + "\nAt: " + formatTimestamp(atMs) + "\nCheck: " + message.value_or("passed")
        + "\nDetails: " + (m_settings.publicUrl.empty() ? path : m_settings.publicUrl + path) + "\n";

    std::vector<NewNotification> messages;
    if (m_settings.smtp.enabled) {
        for (const User& user : UserRepository(m_database, m_cipher).list()) {
            if (user.active && user.hasRole(Role::Admin) && !user.email.empty()) {
                messages.push_back(
                    {std::string(channelName::email), user.email, subject, body, std::string(event), std::nullopt});
            }
        }
    }
    if (m_settings.slack.enabled) {
        messages.push_back({std::string(channelName::slack), std::string(slackRecipient), subject, body,
                            std::string(event), std::nullopt});
    }
    if (!messages.empty()) {
        NotificationOutboxRepository(m_database).enqueue(session, messages, atMs);
    }
    return messages.size();
}

} // namespace hss::server
