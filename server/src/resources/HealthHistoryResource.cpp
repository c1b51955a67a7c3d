// SPDX-License-Identifier: MIT
#include "HealthHistoryResource.h"

#include <algorithm>

#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/NumberParser.h>

#include "../health/HealthSettings.h"
#include "../http/HttpErrors.h"
#include "../http/JsonResponse.h"
#include "../storage/HealthCheckRepository.h"
#include "QueryParams.h"
#include "hss/Timestamp.h"

namespace hss::server {

namespace {

/// The cursor is "<checked_at ms>.<id>" of the last check of the previous page; clients pass it back unchanged.
HealthHistoryCursor parseCursor(const std::string& text)
{
    const auto dot = text.find('.');
    HealthHistoryCursor cursor;
    if (dot == std::string::npos || !Poco::NumberParser::tryParse64(text.substr(0, dot), cursor.checkedAt)
        || !Poco::NumberParser::tryParse64(text.substr(dot + 1), cursor.id)) {
        throw BadRequest("query parameter 'cursor' must be the next_cursor of a previous page");
    }
    return cursor;
}

} // namespace

HealthHistoryResource::HealthHistoryResource(ServerServices& services, const PathParams&)
    : m_services(services)
{ }

void HealthHistoryResource::get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const QueryParams params(request);
    const auto service = params.text("service");
    const auto known = HealthSettings::fromConfig(m_services.config).checkedServices();
    if (service && std::find(known.begin(), known.end(), *service) == known.end()) {
        throw BadRequest("query parameter 'service' names no monitored service");
    }
    HealthHistoryQuery query;
    query.service = service;
    query.limit = params.integer("limit", 100, 1, 500);
    query.fromMs = params.timestamp("from").value_or(query.fromMs);
    query.toMs = params.timestamp("to").value_or(query.toMs);
    if (query.fromMs > query.toMs) {
        throw BadRequest("query parameter 'from' must not be after 'to'");
    }
    if (const auto cursor = params.text("cursor")) {
        query.before = parseCursor(*cursor);
    }
    const HealthHistoryPage page = HealthCheckRepository(m_services.database).page(query);
    nlohmann::json items = nlohmann::json::array();
    for (const HealthCheckRecord& check : page.checks) {
        items.push_back({{"service", check.service},
                         {"status", check.up() ? "up" : "down"},
                         {"state", std::string(toString(check.state))},
                         {"checked_at", formatTimestamp(check.checkedAt)},
                         {"latency_ms", check.latencyMs ? nlohmann::json(*check.latencyMs) : nlohmann::json()},
                         {"message", check.message ? nlohmann::json(*check.message) : nlohmann::json()}});
    }
    const nlohmann::json next = page.next
        ? nlohmann::json(std::to_string(page.next->checkedAt) + "." + std::to_string(page.next->id))
        : nlohmann::json();
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, {{"items", items}, {"next_cursor", next}});
}

} // namespace hss::server
