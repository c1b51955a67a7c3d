// SPDX-License-Identifier: MIT
#include "ServerConfig.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <vector>

#include <Poco/AutoPtr.h>
#include <Poco/Exception.h>
#include <Poco/NumberParser.h>
#include <Poco/URI.h>
#include <Poco/Util/PropertyFileConfiguration.h>

#include "ConfigError.h"
#include "ConfigSchema.h"
#include "EmailAddress.h"

namespace hss::server {

namespace {

void collectKeys(const Poco::Util::AbstractConfiguration& config, const std::string& prefix,
                 std::vector<std::string>& out)
{
    Poco::Util::AbstractConfiguration::Keys children;
    config.keys(prefix, children);
    for (const auto& child : children) {
        const std::string full = prefix.empty() ? child : prefix + "." + child;
        if (config.hasProperty(full)) {
            out.push_back(full);
        }
        collectKeys(config, full, out);
    }
}

std::string describeSource(const ConfigKey& key, bool fromEnvironment)
{
    return fromEnvironment ? std::string(key.environment) + " (" + std::string(key.property) + ")"
                           : std::string(key.property);
}

bool parseBoolean(const std::string& text, bool& out)
{
    std::string lower = text;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (lower == "true" || lower == "yes" || lower == "on" || lower == "1") {
        out = true;
        return true;
    }
    if (lower == "false" || lower == "no" || lower == "off" || lower == "0") {
        out = false;
        return true;
    }
    return false;
}

std::optional<std::chrono::seconds> parseDuration(const std::string& text)
{
    if (text.size() < 2) {
        return std::nullopt;
    }
    const char unit = text.back();
    std::int64_t amount = 0;
    if (!Poco::NumberParser::tryParse64(text.substr(0, text.size() - 1), amount) || amount <= 0) {
        return std::nullopt;
    }
    switch (unit) {
    case 's':
        return std::chrono::seconds(amount);
    case 'm':
        return std::chrono::minutes(amount);
    case 'h':
        return std::chrono::hours(amount);
    case 'd':
        return std::chrono::hours(24 * amount);
    default:
        return std::nullopt;
    }
}

void validate(const ConfigKey& key, const std::string& value, bool fromEnvironment)
{
    const std::string name = describeSource(key, fromEnvironment);
    switch (key.type) {
    case ConfigType::String:
        if (key.property == "tls.profile" && value != "intermediate" && value != "modern") {
            throw ConfigError(name + " must be 'intermediate' or 'modern', not '" + value + "'");
        }
        break;
    case ConfigType::Integer: {
        std::int64_t number = 0;
        if (!Poco::NumberParser::tryParse64(value, number)) {
            throw ConfigError(name + " must be a whole number, not '" + value + "'");
        }
        if (number < key.minimum || number > key.maximum) {
            throw ConfigError(name + " must be between " + std::to_string(key.minimum) + " and "
                              + std::to_string(key.maximum) + ", not " + value);
        }
        break;
    }
    case ConfigType::Boolean: {
        bool ignored = false;
        if (!parseBoolean(value, ignored)) {
            throw ConfigError(name + " must be true or false, not '" + value + "'");
        }
        break;
    }
    case ConfigType::Url:
        if (!value.empty()) {
            const bool isDatabase = key.property == "database.url";
            const std::vector<std::string> schemes = isDatabase
                ? std::vector<std::string> {"postgresql", "postgres", "sqlite"}
                : std::vector<std::string> {"https", "http"};
            std::string scheme;
            try {
                scheme = Poco::URI(value).getScheme();
            } catch (const Poco::SyntaxException&) {
                throw ConfigError(name + " is not a URL: '" + value + "'");
            }
            if (std::find(schemes.begin(), schemes.end(), scheme) == schemes.end()) {
                throw ConfigError(name
                                  + (isDatabase ? " must start with postgresql:// or sqlite:, not '"
                                                : " must be an http(s) URL, not '")
                                  + value + "'");
            }
        }
        break;
    case ConfigType::Duration:
        if (!parseDuration(value)) {
            throw ConfigError(name + " must be a duration such as 15m, 1h or 7d, not '" + value + "'");
        }
        break;
    case ConfigType::ReadableFile:
        if (!value.empty() && !std::ifstream(value).good()) {
            throw ConfigError(name + ": cannot read file '" + value + "'");
        }
        break;
    }
}

bool isHttpsUrl(const std::string& url)
{
    try {
        const Poco::URI uri(url);
        return uri.getScheme() == "https" && !uri.getHost().empty();
    } catch (const Poco::SyntaxException&) {
        return false;
    }
}

// A channel that is switched on must have everything it needs, or the first emergency would find out instead.
void checkNotifications(const ServerConfig& config)
{
    if (config.boolean("notify.email.enabled")) {
        if (config.string("smtp.host").empty()) {
            throw ConfigError("ENABLE_EMAIL_NOTIFICATIONS is true but SMTP_HOST (smtp.host) is not set");
        }
        if (!isPlainEmailAddress(config.string("smtp.fromEmail"))) {
            throw ConfigError("ENABLE_EMAIL_NOTIFICATIONS is true but SMTP_FROM_EMAIL (smtp.fromEmail) is not an "
                              "e-mail address: '"
                              + config.string("smtp.fromEmail") + "'");
        }
        if (config.string("smtp.username").empty() != config.string("smtp.password").empty()) {
            throw ConfigError("SMTP_USERNAME and SMTP_PASSWORD must be set together");
        }
    }
    const std::string medicalEmail = config.string("medical.escalationEmail");
    if (!medicalEmail.empty() && !isPlainEmailAddress(medicalEmail)) {
        throw ConfigError("MEDICAL_ESCALATION_EMAIL (medical.escalationEmail) is not an e-mail address: '"
                          + medicalEmail + "'");
    }
    if (config.boolean("notify.slack.enabled") && !isHttpsUrl(config.string("notify.slack.webhookUrl"))) {
        throw ConfigError("ENABLE_SLACK_NOTIFICATIONS is true but SLACK_WEBHOOK_URL (notify.slack.webhookUrl) is not "
                          "an https:// URL");
    }
    if (config.boolean("notify.sms.enabled")) {
        if (!isHttpsUrl(config.string("notify.sms.gatewayUrl"))) {
            throw ConfigError("ENABLE_SMS_NOTIFICATIONS is true but SMS_GATEWAY_URL (notify.sms.gatewayUrl) is not an "
                              "https:// URL");
        }
        const std::string key = config.string("notify.sms.apiKey");
        if (key.empty()) {
            throw ConfigError("ENABLE_SMS_NOTIFICATIONS is true but SMS_PROVIDER_API_KEY (notify.sms.apiKey) is not "
                              "set");
        }
        if (std::any_of(key.begin(), key.end(), [](unsigned char c) { return c < 0x20 || c == 0x7F; })) {
            throw ConfigError("SMS_PROVIDER_API_KEY (notify.sms.apiKey) must not contain control characters");
        }
        if (config.string("medical.escalationPhone").empty()) {
            throw ConfigError("ENABLE_SMS_NOTIFICATIONS is true but MEDICAL_ESCALATION_PHONE "
                              "(medical.escalationPhone), the number alerts go to, is not set");
        }
    }
    const std::string header = config.string("notify.sms.apiKeyHeader");
    if (header.empty() || !std::all_of(header.begin(), header.end(), [](unsigned char c) {
            return std::isalnum(c) != 0 || c == '-' || c == '_';
        })) {
        throw ConfigError("SMS_API_KEY_HEADER (notify.sms.apiKeyHeader) must be an HTTP header name, not '" + header
                          + "'");
    }
    if (config.integer("notify.retryBaseSeconds") > config.integer("notify.retryMaxSeconds")) {
        throw ConfigError("NOTIFY_RETRY_BASE_SECONDS must not exceed NOTIFY_RETRY_MAX_SECONDS");
    }
}

} // namespace

ServerConfig ServerConfig::load(const std::string& propertiesFile, const EnvironmentLookup& environment)
{
    ServerConfig config;
    std::map<std::string, std::string> fromFile;
    if (!propertiesFile.empty()) {
        if (!std::ifstream(propertiesFile).good()) {
            throw ConfigError("cannot read configuration file '" + propertiesFile + "'");
        }
        Poco::AutoPtr<Poco::Util::PropertyFileConfiguration> file;
        try {
            file = new Poco::Util::PropertyFileConfiguration(propertiesFile);
        } catch (const Poco::Exception& error) {
            throw ConfigError("cannot parse configuration file '" + propertiesFile + "': " + error.displayText());
        }
        std::vector<std::string> names;
        collectKeys(*file, "", names);
        for (const auto& name : names) {
            if (isPassThroughProperty(name)) {
                config.m_passThrough[name] = file->getRawString(name);
            } else if (!findConfigKey(name)) {
                throw ConfigError("unknown configuration key '" + name + "' in " + propertiesFile);
            } else {
                fromFile[name] = file->getRawString(name);
            }
        }
    }

    for (const auto& key : configKeys()) {
        const std::string property(key.property);
        const auto envValue = environment(std::string(key.environment));
        std::string value;
        if (envValue) {
            value = *envValue;
        } else if (const auto it = fromFile.find(property); it != fromFile.end()) {
            value = it->second;
        } else {
            value = std::string(key.defaultValue);
        }
        validate(key, value, envValue.has_value());
        config.m_values[property] = value;
    }

    if (config.integer("database.poolMin") > config.integer("database.poolMax")) {
        throw ConfigError("database.poolMin (DB_POOL_MIN) must not exceed database.poolMax (DB_POOL_MAX)");
    }
    checkNotifications(config);
    return config;
}

ServerConfig::EnvironmentLookup ServerConfig::processEnvironment()
{
    return [](const std::string& name) -> std::optional<std::string> {
        if (const char* value = std::getenv(name.c_str())) {
            return std::string(value);
        }
        return std::nullopt;
    };
}

std::string ServerConfig::string(const std::string& property) const
{
    const auto it = m_values.find(property);
    if (it == m_values.end()) {
        throw std::logic_error("ServerConfig: unknown property " + property);
    }
    return it->second;
}

std::int64_t ServerConfig::integer(const std::string& property) const
{
    return Poco::NumberParser::parse64(string(property));
}

bool ServerConfig::boolean(const std::string& property) const
{
    bool value = false;
    parseBoolean(string(property), value);
    return value;
}

std::chrono::seconds ServerConfig::duration(const std::string& property) const
{
    return parseDuration(string(property)).value_or(std::chrono::seconds(0));
}

void ServerConfig::requireTls() const
{
    for (const char* property : {"tls.certificateFile", "tls.privateKeyFile"}) {
        const auto key = findConfigKey(property);
        if (string(property).empty()) {
            throw ConfigError(std::string(property) + " is not set (set it in the configuration file or "
                              + std::string(key->environment) + ")");
        }
    }
}

} // namespace hss::server
