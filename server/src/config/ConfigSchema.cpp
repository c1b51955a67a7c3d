// SPDX-License-Identifier: MIT
#include "ConfigSchema.h"

#include <algorithm>
#include <array>

namespace hss::server {

namespace {

using T = ConfigType;

// The environment names are the seed document's; the properties mirror them in dotted form.
constexpr std::array keys {
    ConfigKey {"server.host", "HSS_HOST", T::String, "0.0.0.0", 0, 0, "address to listen on"},
    ConfigKey {"server.port", "HSS_PORT", T::Integer, "8443", 0, 65535, "TCP port for HTTPS (0 picks a free one)"},
    ConfigKey {"server.threads", "HSS_THREADS", T::Integer, "320", 2, 1024,
               "request threads (each keep-alive connection holds one while open)"},
    ConfigKey {"server.maxQueued", "HSS_MAX_QUEUED", T::Integer, "1024", 1, 100000, "connections waiting for a thread"},
    ConfigKey {"server.maxBodyBytes", "HSS_MAX_BODY_BYTES", T::Integer, "1048576", 1024, 104857600,
               "largest request body accepted"},
    ConfigKey {"server.publicUrl", "HSS_PUBLIC_URL", T::String, "", 0, 0, "URL used in links in notifications"},
    ConfigKey {"data.dir", "HSS_DATA_DIR", T::String, "hss-data", 0, 0, "folder for the embedded database"},
    ConfigKey {"data.encryptionKey", "FIELD_ENCRYPTION_KEY", T::String, "", 0, 0,
               "AES-256 key for protected fields (64 hex characters); empty: generated into the data folder"},
    ConfigKey {"tls.certificateFile", "TLS_CERT_FILE", T::ReadableFile, "", 0, 0, "server certificate (PEM)"},
    ConfigKey {"tls.privateKeyFile", "TLS_KEY_FILE", T::ReadableFile, "", 0, 0, "server private key (PEM)"},
    ConfigKey {"tls.profile", "TLS_PROFILE", T::String, "intermediate", 0, 0, "intermediate or modern"},
    ConfigKey {"database.url", "DATABASE_URL", T::Url, "", 0, 0, "empty: embedded SQLite; or postgresql://..."},
    ConfigKey {"database.poolMin", "DB_POOL_MIN", T::Integer, "5", 1, 1000, "connections kept open"},
    ConfigKey {"database.poolMax", "DB_POOL_MAX", T::Integer, "20", 1, 1000, "most connections open"},
    ConfigKey {"database.ticketCacheEntries", "HSS_TICKET_CACHE_ENTRIES", T::Integer, "20000", 0, 10000000,
               "tickets kept in memory for repeated reads (0: off)"},
    ConfigKey {"jwt.secret", "JWT_SECRET", T::String, "", 0, 0, "signing secret for access tokens"},
    ConfigKey {"jwt.expiry", "JWT_EXPIRY", T::Duration, "15m", 0, 0, "access token lifetime"},
    ConfigKey {"smtp.host", "SMTP_HOST", T::String, "", 0, 0, "mail relay (STARTTLS is required)"},
    ConfigKey {"smtp.port", "SMTP_PORT", T::Integer, "587", 1, 65535, "mail relay port"},
    ConfigKey {"smtp.username", "SMTP_USERNAME", T::String, "", 0, 0, "mail relay user"},
    ConfigKey {"smtp.password", "SMTP_PASSWORD", T::String, "", 0, 0, "mail relay password"},
    ConfigKey {"smtp.fromEmail", "SMTP_FROM_EMAIL", T::String, "", 0, 0, "sender address"},
    ConfigKey {"notify.email.enabled", "ENABLE_EMAIL_NOTIFICATIONS", T::Boolean, "false", 0, 0, "send email"},
    ConfigKey {"notify.slack.enabled", "ENABLE_SLACK_NOTIFICATIONS", T::Boolean, "false", 0, 0, "post to Slack"},
    ConfigKey {"notify.slack.webhookUrl", "SLACK_WEBHOOK_URL", T::Url, "", 0, 0, "Slack incoming webhook"},
    ConfigKey {"notify.sms.enabled", "ENABLE_SMS_NOTIFICATIONS", T::Boolean, "false", 0, 0, "send SMS"},
    ConfigKey {"notify.sms.apiKey", "SMS_PROVIDER_API_KEY", T::String, "", 0, 0, "SMS gateway key"},
    ConfigKey {"notify.sms.gatewayUrl", "SMS_GATEWAY_URL", T::Url, "", 0, 0,
               "SMS gateway endpoint (https://; receives a JSON POST {to, message})"},
    ConfigKey {"notify.sms.apiKeyHeader", "SMS_API_KEY_HEADER", T::String, "X-API-Key", 0, 0,
               "HTTP header that carries SMS_PROVIDER_API_KEY"},
    ConfigKey {"notify.caFile", "NOTIFY_CA_FILE", T::ReadableFile, "", 0, 0,
               "CA certificates (PEM) that verify the SMTP relay, Slack and the SMS gateway; empty: the system's"},
    ConfigKey {"notify.maxAttempts", "NOTIFY_MAX_ATTEMPTS", T::Integer, "8", 1, 100,
               "delivery attempts per notification before it is dead-lettered"},
    ConfigKey {"notify.retryBaseSeconds", "NOTIFY_RETRY_BASE_SECONDS", T::Integer, "30", 1, 86400,
               "delay before the first retry (doubles each attempt, with jitter)"},
    ConfigKey {"notify.retryMaxSeconds", "NOTIFY_RETRY_MAX_SECONDS", T::Integer, "3600", 1, 86400,
               "longest delay between retries"},
    ConfigKey {"notify.timeoutSeconds", "NOTIFY_TIMEOUT_SECONDS", T::Integer, "30", 1, 600,
               "longest single delivery attempt"},
    ConfigKey {"notify.pollIntervalMs", "NOTIFY_POLL_INTERVAL_MS", T::Integer, "1000", 10, 600000,
               "how often the sender looks for due notifications"},
    ConfigKey {"medical.emergencySlaMinutes", "MEDICAL_EMERGENCY_SLA", T::Integer, "30", 1, 1440,
               "resolution target for medical emergencies"},
    ConfigKey {"medical.escalationMinutes", "MEDICAL_ESCALATION_MINUTES", T::Integer, "15", 1, 1440,
               "escalation of unresolved medical emergencies"},
    ConfigKey {"medical.escalationEmail", "MEDICAL_ESCALATION_EMAIL", T::String, "", 0, 0, "medical team address"},
    ConfigKey {"medical.escalationPhone", "MEDICAL_ESCALATION_PHONE", T::String, "", 0, 0, "medical team phone"},
    ConfigKey {"health.checkIntervalSeconds", "HEALTH_CHECK_INTERVAL", T::Integer, "60", 1, 86400,
               "seconds between health checks"},
    ConfigKey {"health.checkTimeoutMs", "HEALTH_CHECK_TIMEOUT", T::Integer, "5000", 100, 600000,
               "timeout of one health check"},
    ConfigKey {"health.endpoints", "HEALTH_CHECK_ENDPOINTS", T::String, "", 0, 0,
               "AI services and other dependencies to check over HTTP(S): name=https://host/path;name2=http://..."},
    ConfigKey {"sla.alertThreshold", "SLA_ALERT_THRESHOLD", T::Integer, "95", 1, 100,
               "SLA compliance percentage below which an alert is raised"},
    ConfigKey {"testing.crashAfterPushCommit", "HSS_FAULT_CRASH_AFTER_PUSH_COMMIT", T::Boolean, "false", 0, 0,
               "fault injection for tests: die (SIGKILL) after committing a sync push, before answering it"},
};

} // namespace

std::span<const ConfigKey> configKeys()
{
    return keys;
}

std::optional<ConfigKey> findConfigKey(std::string_view property)
{
    const auto it =
        std::find_if(keys.begin(), keys.end(), [&](const ConfigKey& key) { return key.property == property; });
    if (it == keys.end()) {
        return std::nullopt;
    }
    return *it;
}

bool isPassThroughProperty(std::string_view property)
{
    return property.starts_with("logging.");
}

} // namespace hss::server
