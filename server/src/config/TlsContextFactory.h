// SPDX-License-Identifier: MIT
#pragma once

#include <Poco/Net/Context.h>

namespace hss::server {

class ServerConfig;

/// Builds the server's TLS context from the configuration: TLS 1.2 and 1.3 with Mozilla's "intermediate"
/// cipher list, or TLS 1.3 only with tls.profile=modern. Throws ConfigError when the certificate or key
/// cannot be loaded.
Poco::Net::Context::Ptr createServerTlsContext(const ServerConfig& config);

} // namespace hss::server
