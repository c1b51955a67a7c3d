// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>

namespace hss::server {

/// Validated start-up configuration: the .properties file, then environment overrides, then defaults.
/// Immutable after load(); safe to read from any thread.
class ServerConfig final
{
public:
    /// Looks up an environment variable; std::nullopt when unset.
    using EnvironmentLookup = std::function<std::optional<std::string>(const std::string&)>;

    /// Reads and validates the configuration. propertiesFile may be empty (defaults and environment only).
    /// Throws ConfigError with a one-line message on an unreadable file, an unknown key, or a bad value.
    static ServerConfig load(const std::string& propertiesFile, const EnvironmentLookup& environment);

    /// The process environment.
    static EnvironmentLookup processEnvironment();

    std::string string(const std::string& property) const;
    std::int64_t integer(const std::string& property) const;
    bool boolean(const std::string& property) const;
    std::chrono::seconds duration(const std::string& property) const;

    /// Properties handed to Poco unchanged (logging.*).
    const std::map<std::string, std::string>& passThrough() const { return m_passThrough; }

    /// Checks what is needed to serve HTTPS: certificate and key set and readable. Throws ConfigError.
    void requireTls() const;

private:
    ServerConfig() = default;

    std::map<std::string, std::string> m_values;
    std::map<std::string, std::string> m_passThrough;
};

} // namespace hss::server
