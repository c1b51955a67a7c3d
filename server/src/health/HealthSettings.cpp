// SPDX-License-Identifier: MIT
#include "HealthSettings.h"

#include <algorithm>
#include <array>

#include <Poco/Exception.h>
#include <Poco/URI.h>

#include "../config/ConfigError.h"
#include "../config/ServerConfig.h"

namespace hss::server {

namespace {

constexpr std::size_t maxNameLength = 40;
constexpr std::size_t maxEndpoints = 100;

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    return text;
}

bool isValidName(std::string_view name)
{
    // The API's ServiceName: a lower-case letter first, so a name never looks like a number or a path.
    return !name.empty() && name.size() <= maxNameLength && name.front() >= 'a' && name.front() <= 'z'
        && std::all_of(name.begin(), name.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
           });
}

bool isBuiltIn(std::string_view name)
{
    constexpr std::array builtIn {HealthSettings::database,     HealthSettings::disk, HealthSettings::sync,
                                  HealthSettings::outbox,       HealthSettings::smtp, HealthSettings::slack,
                                  HealthSettings::sms,          HealthSettings::api,  std::string_view("history"),
                                  std::string_view("incidents")};
    return std::find(builtIn.begin(), builtIn.end(), name) != builtIn.end();
}

void requireHttpUrl(const std::string& name, const std::string& url)
{
    const std::string where = "HEALTH_CHECK_ENDPOINTS: endpoint '" + name + "'";
    if (url.find_first_of(" \t\r\n") != std::string::npos) {
        throw ConfigError(where + " has blanks in its URL");
    }
    try {
        const Poco::URI uri(url);
        if (uri.getScheme() != "http" && uri.getScheme() != "https") {
            throw ConfigError(where + " needs an http:// or https:// URL, not '" + url.substr(0, 80) + "'");
        }
        if (uri.getHost().empty()) {
            throw ConfigError(where + " has no host in its URL '" + url.substr(0, 80) + "'");
        }
    } catch (const Poco::SyntaxException&) {
        throw ConfigError(where + " has a malformed URL '" + url.substr(0, 80) + "'");
    }
}

} // namespace

HealthSettings HealthSettings::fromConfig(const ServerConfig& config)
{
    HealthSettings settings;
    settings.dataDir = config.string("data.dir");
    settings.interval = std::chrono::seconds(config.integer("health.checkIntervalSeconds"));
    settings.timeout = std::chrono::milliseconds(config.integer("health.checkTimeoutMs"));
    settings.endpoints = parseEndpoints(config.string("health.endpoints"));
    settings.notifications = NotificationSettings::fromConfig(config);
    return settings;
}

std::vector<HealthEndpoint> HealthSettings::parseEndpoints(std::string_view text)
{
    std::vector<HealthEndpoint> endpoints;
    while (!trimmed(text).empty()) {
        const std::size_t end = text.find(';');
        const std::string_view item = trimmed(text.substr(0, end));
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        if (item.empty()) {
            continue;
        }
        const std::size_t equals = item.find('=');
        if (equals == std::string_view::npos) {
            throw ConfigError("HEALTH_CHECK_ENDPOINTS: '" + std::string(item.substr(0, 80))
                              + "' is not name=url (items are separated by ';')");
        }
        const std::string name(trimmed(item.substr(0, equals)));
        const std::string url(trimmed(item.substr(equals + 1)));
        if (!isValidName(name)) {
            throw ConfigError("HEALTH_CHECK_ENDPOINTS: '" + name.substr(0, 80)
                              + "' is not a valid name (1-40 of a-z, 0-9, '-', '_', '.', starting with a letter)");
        }
        if (isBuiltIn(name)) {
            throw ConfigError("HEALTH_CHECK_ENDPOINTS: '" + name + "' is the name of a built-in service");
        }
        if (std::any_of(endpoints.begin(), endpoints.end(), [&](const HealthEndpoint& e) { return e.name == name; })) {
            throw ConfigError("HEALTH_CHECK_ENDPOINTS: the name '" + name + "' is used twice");
        }
        requireHttpUrl(name, url);
        if (endpoints.size() == maxEndpoints) {
            throw ConfigError("HEALTH_CHECK_ENDPOINTS: more than " + std::to_string(maxEndpoints) + " endpoints");
        }
        endpoints.push_back({name, url});
    }
    return endpoints;
}

std::vector<std::string> HealthSettings::checkedServices() const
{
    std::vector<std::string> names {std::string(database), std::string(disk), std::string(sync), std::string(outbox)};
    if (notifications.smtp.enabled) {
        names.emplace_back(smtp);
    }
    if (notifications.slack.enabled) {
        names.emplace_back(slack);
    }
    if (notifications.sms.enabled) {
        names.emplace_back(sms);
    }
    for (const HealthEndpoint& endpoint : endpoints) {
        names.push_back(endpoint.name);
    }
    return names;
}

std::vector<std::string> HealthSettings::reportedServices() const
{
    std::vector<std::string> names {std::string(api)};
    const std::vector<std::string> checked = checkedServices();
    names.insert(names.end(), checked.begin(), checked.end());
    return names;
}

} // namespace hss::server
