// SPDX-License-Identifier: MIT
#include "QueryParams.h"

#include <Poco/NumberParser.h>
#include <Poco/URI.h>

#include "../http/HttpErrors.h"
#include "hss/Timestamp.h"

namespace hss::server {

QueryParams::QueryParams(const Poco::Net::HTTPServerRequest& request)
{
    try {
        m_values = Poco::URI(request.getURI()).getQueryParameters();
    } catch (const Poco::Exception&) {
        throw BadRequest("the query string does not parse");
    }
}

std::optional<std::string> QueryParams::text(const std::string& name) const
{
    for (const auto& [key, value] : m_values) {
        if (key == name) {
            return value;
        }
    }
    return std::nullopt;
}

int QueryParams::integer(const std::string& name, int fallback, int minimum, int maximum) const
{
    const auto value = text(name);
    if (!value) {
        return fallback;
    }
    int number = 0;
    if (!Poco::NumberParser::tryParse(*value, number) || number < minimum || number > maximum) {
        throw BadRequest("query parameter '" + name + "' must be a whole number from " + std::to_string(minimum)
                         + " to " + std::to_string(maximum));
    }
    return number;
}

std::optional<std::int64_t> QueryParams::timestamp(const std::string& name) const
{
    const auto value = text(name);
    if (!value) {
        return std::nullopt;
    }
    auto parsed = parseTimestamp(*value, name);
    if (!parsed) {
        throw BadRequest("query parameter '" + name + "' must be an ISO-8601 time such as 2026-11-26T08:00:00Z");
    }
    return parsed.value();
}

} // namespace hss::server
