// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "hss/Result.h"

namespace hss::server {

/// POSTs a JSON document to an https:// endpoint with libcurl (certificate verified, no redirects, time-limited).
/// Any status outside 2xx is a failure. Errors name the endpoint by scheme, host and port only: webhook paths and
/// headers carry secrets.
class JsonWebhook final
{
public:
    JsonWebhook(std::string url, std::string caFile, std::chrono::milliseconds timeout);

    /// One POST of \a json with \a extraHeaders ("Name: value" lines) added.
    Status post(const std::string& json, const std::vector<std::string>& extraHeaders = {}) const;

    /// "https://host:port", for messages.
    const std::string& endpoint() const { return m_endpoint; }

private:
    std::string m_url;
    std::string m_endpoint;
    std::string m_caFile;
    std::chrono::milliseconds m_timeout;
};

} // namespace hss::server
