// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace hss::server {

/// The type a configuration value must parse as.
enum class ConfigType {
    String,
    Integer,
    Boolean,
    Url,
    Duration,
    ReadableFile,
};

/// One known configuration key: its name in the .properties file, the environment variable that
/// overrides it, its type, default and (for integers) range.
struct ConfigKey
{
    std::string_view property;
    std::string_view environment;
    ConfigType type;
    std::string_view defaultValue;
    std::int64_t minimum = 0;
    std::int64_t maximum = 0;
    std::string_view description;
};

/// Every key hss-server accepts; anything else in a .properties file is an error.
std::span<const ConfigKey> configKeys();

/// The key with that property name, if it is known.
std::optional<ConfigKey> findConfigKey(std::string_view property);

/// Whether a property belongs to a namespace handed to Poco unchanged (logging.*).
bool isPassThroughProperty(std::string_view property);

} // namespace hss::server
