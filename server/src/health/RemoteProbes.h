// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <string>

#include "../storage/HealthCheckRepository.h"

namespace hss::server {

/// Checks of services reached over the network, each bounded by \a timeout and never throwing. The records carry
/// the service name, state, latency and a message when not healthy; the caller sets checkedAt.
class RemoteProbes final
{
public:
    /// GET \a url (http or https, verified against \a caFile or the system's store): 2xx within half the timeout
    /// is healthy; slower, or any other answer (5xx, 4xx, 3xx), degraded; no answer at all (refused, timed out,
    /// TLS failure) down.
    static HealthCheckRecord http(const std::string& service, const std::string& url, std::chrono::milliseconds timeout,
                                  const std::string& caFile);

    /// Connects to the host and port of \a url and completes the TLS handshake without sending a request (for
    /// Slack's webhook and the SMS gateway, which must not receive test messages).
    static HealthCheckRecord hostReachable(const std::string& service, const std::string& url,
                                           std::chrono::milliseconds timeout, const std::string& caFile);

    /// Connects to the SMTP relay, reads its 220 greeting and says EHLO (then QUIT): a missing or refusing greeting
    /// is down, a refused EHLO or a slow answer degraded.
    static HealthCheckRecord smtp(const std::string& service, const std::string& host, int port,
                                  std::chrono::milliseconds timeout);

    RemoteProbes() = delete;
};

} // namespace hss::server
