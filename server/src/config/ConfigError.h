// SPDX-License-Identifier: MIT
#pragma once

#include <stdexcept>
#include <string>

namespace hss::server {

/// A configuration problem found at start-up; what() is one line that names the problem.
class ConfigError final : public std::runtime_error
{
public:
    explicit ConfigError(const std::string& message)
        : std::runtime_error(message)
    { }
};

} // namespace hss::server
