// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <Poco/Net/HTTPServerRequest.h>

namespace hss::server {

/// The query string of a request, parsed once; every getter throws BadRequest naming the parameter when its
/// value is malformed, so resources never see a bad number, timestamp or id.
class QueryParams final
{
public:
    explicit QueryParams(const Poco::Net::HTTPServerRequest& request);

    std::optional<std::string> text(const std::string& name) const;
    /// An integer within [minimum, maximum]; fallback when absent.
    int integer(const std::string& name, int fallback, int minimum, int maximum) const;
    /// An ISO-8601 timestamp as milliseconds since the epoch.
    std::optional<std::int64_t> timestamp(const std::string& name) const;

private:
    std::vector<std::pair<std::string, std::string>> m_values;
};

} // namespace hss::server
