// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "../notify/NotificationSettings.h"

namespace hss::server {

class ServerConfig;

/// A configured HTTP(S) dependency (an AI service or another external system) checked by GET.
struct HealthEndpoint
{
    std::string name;
    std::string url;
};

/// What the health monitor checks and how (HEALTH_CHECK_INTERVAL, HEALTH_CHECK_TIMEOUT, HEALTH_CHECK_ENDPOINTS and
/// the notification channels), read once at start-up. How long the history is kept is an organisation setting
/// (retention.health_history_days), applied by RetentionJob.
struct HealthSettings
{
    /// The built-in services, always checked (the notification channels are added when enabled).
    static constexpr std::string_view database = "database";
    static constexpr std::string_view disk = "disk";
    static constexpr std::string_view sync = "sync";
    static constexpr std::string_view outbox = "outbox";
    static constexpr std::string_view smtp = "smtp";
    static constexpr std::string_view slack = "slack";
    static constexpr std::string_view sms = "sms";
    /// Not checked: it is up whenever the server answers.
    static constexpr std::string_view api = "api";

    std::string dataDir;
    std::chrono::seconds interval {60};
    std::chrono::milliseconds timeout {5000};
    std::vector<HealthEndpoint> endpoints;
    NotificationSettings notifications;

    /// The settings in \a config. Throws ConfigError with a one-line message when health.endpoints is malformed.
    static HealthSettings fromConfig(const ServerConfig& config);

    /// Parses "name=url;name2=url2" (blanks around items ignored, an empty text is no endpoint). Names are 1-40
    /// characters of a-z, 0-9, '-', '_' and '.' starting with a letter, unique and none of the built-in services;
    /// URLs are http:// or https:// with a host. Throws ConfigError naming the bad item.
    static std::vector<HealthEndpoint> parseEndpoints(std::string_view text);

    /// Every service the monitor checks, built-in ones first, then the endpoints in configured order.
    std::vector<std::string> checkedServices() const;
    /// checkedServices() plus "api": every name /api/health reports and accepts.
    std::vector<std::string> reportedServices() const;
};

} // namespace hss::server
