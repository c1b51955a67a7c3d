// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace hss::server {

/// The configured secret, or (when none is configured) one generated on first start into dataDir/fileName with
/// mode 0600 and reused afterwards. Several server instances must share a configured secret instead.
/// Throws ConfigError when the file cannot be read or written.
std::string loadOrCreateSecret(const std::string& configured, const std::string& dataDir, const std::string& fileName);

} // namespace hss::server
