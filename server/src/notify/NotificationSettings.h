// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace hss::server {

class ServerConfig;

/// The notification part of the configuration (the seed's ENABLE_*_NOTIFICATIONS, SMTP_*, SLACK_WEBHOOK_URL,
/// SMS_PROVIDER_API_KEY, MEDICAL_ESCALATION_* variables and the sender's retry policy), read once at start-up.
struct NotificationSettings
{
    struct Smtp
    {
        bool enabled = false;
        std::string host;
        int port = 587;
        std::string username;
        std::string password;
        std::string fromEmail;
    };
    struct Slack
    {
        bool enabled = false;
        std::string webhookUrl;
    };
    struct Sms
    {
        bool enabled = false;
        std::string gatewayUrl;
        std::string apiKey;
        std::string apiKeyHeader = "X-API-Key";
    };
    struct Retry
    {
        int maxAttempts = 8;
        std::chrono::milliseconds baseDelay {std::chrono::seconds(30)};
        std::chrono::milliseconds maxDelay {std::chrono::hours(1)};
    };

    Smtp smtp;
    Slack slack;
    Sms sms;
    Retry retry;
    std::string caFile; ///< PEM bundle that verifies the SMTP relay and the HTTPS endpoints; empty: the system's.
    std::chrono::milliseconds timeout {std::chrono::seconds(30)}; ///< Longest single delivery attempt.
    std::chrono::milliseconds pollInterval {std::chrono::seconds(1)};
    std::string medicalEmail; ///< MEDICAL_ESCALATION_EMAIL
    std::string medicalPhone; ///< MEDICAL_ESCALATION_PHONE (SMS recipient)
    std::string publicUrl; ///< Base of the links in messages (HSS_PUBLIC_URL), without a trailing slash.
    int emergencySlaMinutes = 30;
    int emergencyEscalationMinutes = 15;

    /// The settings in \a config (already validated by ServerConfig::load).
    static NotificationSettings fromConfig(const ServerConfig& config);
};

} // namespace hss::server
