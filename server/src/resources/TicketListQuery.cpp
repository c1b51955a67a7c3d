// SPDX-License-Identifier: MIT
#include "TicketListQuery.h"

#include <algorithm>
#include <array>
#include <limits>
#include <string_view>
#include <utility>
#include <vector>

#include <Poco/NumberParser.h>
#include <Poco/URI.h>

#include "../http/HttpErrors.h"
#include "hss/Limits.h"
#include "hss/Timestamp.h"
#include "hss/Utf8.h"

namespace hss::server {

namespace {

using Parameters = std::vector<std::pair<std::string, std::string>>;

constexpr std::array<std::string_view, 12> knownNames {
    "status",       "priority",   "category", "assignee", "team", "q",
    "created_from", "created_to", "limit",    "offset",   "sort", "order",
};
constexpr std::array<std::string_view, 3> repeatable {"status", "priority", "category"};

/// A parameter name fit to quote in a message: at most 40 bytes of [A-Za-z0-9_-], so nothing odd is echoed.
std::string quotable(std::string_view name)
{
    std::string text;
    for (const char c : name.substr(0, 40)) {
        const bool plain =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
        text += plain ? c : '?';
    }
    return text;
}

std::vector<std::string> valuesOf(const Parameters& parameters, std::string_view name)
{
    std::vector<std::string> values;
    for (const auto& [key, value] : parameters) {
        if (key == name) {
            values.push_back(value);
        }
    }
    return values;
}

std::optional<std::string> single(const Parameters& parameters, std::string_view name)
{
    const auto values = valuesOf(parameters, name);
    if (values.empty()) {
        return std::nullopt;
    }
    return values.front();
}

template <class E>
std::optional<std::vector<E>> enumList(const Parameters& parameters, std::string_view name,
                                       Result<E> (*parse)(std::string_view, std::string_view))
{
    const auto values = valuesOf(parameters, name);
    if (values.empty()) {
        return std::nullopt;
    }
    std::vector<E> parsed;
    for (const auto& value : values) {
        auto one = parse(value, name);
        if (!one) {
            throw BadRequest("query parameter '" + std::string(name) + "' has an unknown value");
        }
        parsed.push_back(one.value());
    }
    return parsed;
}

int integer(const Parameters& parameters, std::string_view name, int fallback, int minimum, int maximum)
{
    const auto value = single(parameters, name);
    if (!value) {
        return fallback;
    }
    int number = 0;
    if (!Poco::NumberParser::tryParse(*value, number) || number < minimum || number > maximum) {
        throw BadRequest("query parameter '" + std::string(name) + "' must be a whole number from "
                         + std::to_string(minimum) + " to " + std::to_string(maximum));
    }
    return number;
}

std::optional<std::int64_t> timestamp(const Parameters& parameters, std::string_view name)
{
    const auto value = single(parameters, name);
    if (!value) {
        return std::nullopt;
    }
    auto parsed = parseTimestamp(*value, name);
    if (!parsed) {
        throw BadRequest("query parameter '" + std::string(name)
                         + "' must be an ISO-8601 time such as 2026-11-26T08:00:00.000Z");
    }
    return parsed.value();
}

std::optional<std::string> text(const Parameters& parameters, std::string_view name, std::size_t maxLength)
{
    const auto value = single(parameters, name);
    if (!value) {
        return std::nullopt;
    }
    const auto length = utf8Length(*value);
    if (!length || *length == 0 || *length > maxLength) {
        throw BadRequest("query parameter '" + std::string(name) + "' must be 1 to " + std::to_string(maxLength)
                         + " characters of UTF-8 text");
    }
    return value;
}

void checkNames(const Parameters& parameters)
{
    for (std::size_t i = 0; i < parameters.size(); ++i) {
        const std::string& name = parameters[i].first;
        if (std::find(knownNames.begin(), knownNames.end(), name) == knownNames.end()) {
            throw BadRequest("unknown query parameter '" + quotable(name) + "'");
        }
        const bool repeated = std::any_of(parameters.begin(), parameters.begin() + static_cast<std::ptrdiff_t>(i),
                                          [&](const auto& earlier) { return earlier.first == name; });
        if (repeated && std::find(repeatable.begin(), repeatable.end(), name) == repeatable.end()) {
            throw BadRequest("query parameter '" + name + "' is given more than once");
        }
    }
}

void readAssignee(const Parameters& parameters, const std::string& callerId, TicketQuery& query)
{
    const auto assignee = single(parameters, "assignee");
    if (!assignee) {
        return;
    }
    if (*assignee == "none") {
        query.unassignedOnly = true;
        return;
    }
    auto id = Uuid::parse(*assignee == "me" ? callerId : *assignee, "assignee");
    if (!id) {
        throw BadRequest("query parameter 'assignee' must be a user id, 'me' or 'none'");
    }
    query.assigneeId = id.value();
}

void readOrder(const Parameters& parameters, TicketQuery& query)
{
    if (const auto sort = single(parameters, "sort")) {
        // "title" is sortable in storage but not part of the API.
        const auto column = *sort == "title" ? std::nullopt : ticketSortFromName(*sort);
        if (!column) {
            throw BadRequest("query parameter 'sort' must be created_at, updated_at, priority, number or status");
        }
        query.sort = *column;
    }
    if (const auto order = single(parameters, "order")) {
        if (*order != "asc" && *order != "desc") {
            throw BadRequest("query parameter 'order' must be asc or desc");
        }
        query.descending = *order == "desc";
    }
}

} // namespace

TicketQuery ticketQueryFromRequest(const Poco::Net::HTTPServerRequest& request, const std::string& callerId)
{
    Parameters parameters;
    try {
        parameters = Poco::URI(request.getURI()).getQueryParameters();
    } catch (const Poco::Exception&) {
        throw BadRequest("the query string does not parse");
    }
    checkNames(parameters);
    TicketQuery query;
    query.statusAnyOf = enumList(parameters, "status", &ticketStatusFromString);
    query.priorityAnyOf = enumList(parameters, "priority", &priorityFromString);
    query.categoryAnyOf = enumList(parameters, "category", &categoryFromString);
    readAssignee(parameters, callerId, query);
    query.team = text(parameters, "team", limits::teamNameMax);
    query.text = text(parameters, "q", 200).value_or(std::string());
    query.createdFrom = timestamp(parameters, "created_from");
    if (const auto before = timestamp(parameters, "created_to")) {
        // The API's created_to is exclusive; the query's bound is inclusive.
        query.createdTo = *before - 1;
    }
    query.limit = integer(parameters, "limit", 50, 1, TicketQuery::maxLimit);
    query.offset = integer(parameters, "offset", 0, 0, std::numeric_limits<int>::max());
    readOrder(parameters, query);
    return query;
}

} // namespace hss::server
