// SPDX-License-Identifier: MIT
#include "NotificationSettings.h"

#include "../config/ServerConfig.h"

namespace hss::server {

NotificationSettings NotificationSettings::fromConfig(const ServerConfig& config)
{
    NotificationSettings settings;
    settings.smtp.enabled = config.boolean("notify.email.enabled");
    settings.smtp.host = config.string("smtp.host");
    settings.smtp.port = static_cast<int>(config.integer("smtp.port"));
    settings.smtp.username = config.string("smtp.username");
    settings.smtp.password = config.string("smtp.password");
    settings.smtp.fromEmail = config.string("smtp.fromEmail");
    settings.slack.enabled = config.boolean("notify.slack.enabled");
    settings.slack.webhookUrl = config.string("notify.slack.webhookUrl");
    settings.sms.enabled = config.boolean("notify.sms.enabled");
    settings.sms.gatewayUrl = config.string("notify.sms.gatewayUrl");
    settings.sms.apiKey = config.string("notify.sms.apiKey");
    settings.sms.apiKeyHeader = config.string("notify.sms.apiKeyHeader");
    settings.retry.maxAttempts = static_cast<int>(config.integer("notify.maxAttempts"));
    settings.retry.baseDelay = std::chrono::seconds(config.integer("notify.retryBaseSeconds"));
    settings.retry.maxDelay = std::chrono::seconds(config.integer("notify.retryMaxSeconds"));
    settings.caFile = config.string("notify.caFile");
    settings.timeout = std::chrono::seconds(config.integer("notify.timeoutSeconds"));
    settings.pollInterval = std::chrono::milliseconds(config.integer("notify.pollIntervalMs"));
    settings.medicalEmail = config.string("medical.escalationEmail");
    settings.medicalPhone = config.string("medical.escalationPhone");
    settings.publicUrl = config.string("server.publicUrl");
    while (!settings.publicUrl.empty() && settings.publicUrl.back() == '/') {
        settings.publicUrl.pop_back();
    }
    settings.emergencySlaMinutes = static_cast<int>(config.integer("medical.emergencySlaMinutes"));
    settings.emergencyEscalationMinutes = static_cast<int>(config.integer("medical.escalationMinutes"));
    return settings;
}

} // namespace hss::server
