// SPDX-License-Identifier: MIT
#include "SystemHealthParser.h"

#include <string>

#include <nlohmann/json.hpp>

#include "hss/Timestamp.h"

namespace hss::client {

namespace {

using Json = nlohmann::json;

SyncApiError badAnswer(const QString& what)
{
    return SyncApiError {SyncApiError::Kind::BadResponse, 200, {}, what};
}

QString text(const Json& json, const char* key)
{
    const auto it = json.find(key);
    return it != json.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

std::optional<double> number(const Json& json, const char* key)
{
    const auto it = json.find(key);
    return it != json.end() && it->is_number() ? std::optional<double>(it->get<double>()) : std::nullopt;
}

/// A timestamp field: 0 when absent or null, an error text when present but not a timestamp.
std::optional<qint64> time(const Json& json, const char* key, QString* error)
{
    const auto it = json.find(key);
    if (it == json.end() || it->is_null()) {
        return std::nullopt;
    }
    if (it->is_string()) {
        if (const auto parsed = parseTimestamp(it->get<std::string>(), key)) {
            return parsed.value();
        }
    }
    *error = SystemHealthParser::tr("'%1' is not a timestamp").arg(QLatin1String(key));
    return std::nullopt;
}

/// The "items" array of a list answer.
const Json* itemsOf(const Json& body)
{
    if (!body.is_object()) {
        return nullptr;
    }
    const auto it = body.find("items");
    return it != body.end() && it->is_array() ? &*it : nullptr;
}

} // namespace

ApiResult<HealthReportData> SystemHealthParser::report(const Json& body)
{
    if (!body.is_object() || !body.contains("status") || !body["status"].is_string()) {
        return badAnswer(tr("the health report has no status"));
    }
    const auto services = body.find("services");
    if (services == body.end() || !services->is_object()) {
        return badAnswer(tr("the health report lists no services"));
    }
    HealthReportData report;
    report.overall = text(body, "status");
    report.version = text(body, "version");
    for (const auto& [name, entry] : services->items()) {
        if (!entry.is_object()) {
            return badAnswer(
                tr("the health report's entry for '%1' is not an object").arg(QString::fromStdString(name)));
        }
        ServiceHealth service;
        service.name = QString::fromStdString(name);
        service.state = text(entry, "state");
        if (service.state.isEmpty()) {
            // Older servers sent only the two-state status.
            service.state =
                text(entry, "status") == QLatin1String("up") ? QStringLiteral("healthy") : text(entry, "status");
        }
        if (service.state.isEmpty()) {
            service.state = QStringLiteral("unknown");
        }
        QString error;
        service.checkedAtMs = time(entry, "checkedAt", &error).value_or(0);
        if (!error.isEmpty()) {
            return badAnswer(tr("service '%1': %2").arg(service.name, error));
        }
        if (service.checkedAtMs > 0) {
            service.latencyMs = number(entry, "latencyMs");
        }
        const auto stale = entry.find("stale");
        service.stale = stale != entry.end() && stale->is_boolean() && stale->get<bool>();
        service.message = text(entry, "message");
        if (const auto stats = entry.find("stats"); stats != entry.end() && stats->is_object()) {
            const Json day = stats->value("24h", Json::object());
            const Json week = stats->value("7d", Json::object());
            if (day.is_object() && week.is_object()) {
                service.uptimeDay = number(day, "uptime");
                service.errorRateDay = number(day, "errorRate");
                service.uptimeWeek = number(week, "uptime");
                service.errorRateWeek = number(week, "errorRate");
            }
        }
        report.services.push_back(std::move(service));
    }
    return report;
}

ApiResult<std::vector<HealthCheckPoint>> SystemHealthParser::history(const Json& body)
{
    const Json* items = itemsOf(body);
    if (items == nullptr) {
        return badAnswer(tr("the health history has no list of checks"));
    }
    std::vector<HealthCheckPoint> checks;
    checks.reserve(items->size());
    for (const Json& item : *items) {
        QString error;
        const auto checkedAt = item.is_object() ? time(item, "checked_at", &error) : std::nullopt;
        if (!error.isEmpty()) {
            return badAnswer(tr("a check in the health history has a bad time: %1").arg(error));
        }
        if (!checkedAt || text(item, "service").isEmpty()) {
            return badAnswer(tr("a check in the health history lacks its service or time"));
        }
        checks.push_back({text(item, "service"), text(item, "state"), *checkedAt, number(item, "latency_ms")});
    }
    return checks;
}

ApiResult<std::vector<HealthHistoryBucket>> SystemHealthParser::buckets(const Json& body)
{
    const auto list = body.find("buckets"); // end() for a body that is no object
    if (list == body.end() || !list->is_array()) {
        return badAnswer(tr("the health history has no list of buckets"));
    }
    std::vector<HealthHistoryBucket> buckets;
    buckets.reserve(list->size());
    for (const Json& item : *list) {
        QString error;
        const auto start = item.is_object() ? time(item, "start", &error) : std::nullopt;
        const auto first = start ? time(item, "first_checked_at", &error) : std::nullopt;
        if (!error.isEmpty()) {
            return badAnswer(tr("a bucket of the health history has a bad start: %1").arg(error));
        }
        const auto checks = start ? number(item, "checks") : std::nullopt;
        if (!checks || text(item, "service").isEmpty()) {
            return badAnswer(tr("a bucket of the health history lacks its service, start or count"));
        }
        const auto count = [&item](const char* key) { return static_cast<int>(number(item, key).value_or(0)); };
        buckets.push_back({text(item, "service"), *start, static_cast<int>(*checks), count("healthy"),
                           count("degraded"), count("down"), number(item, "latency_avg_ms"), count("changes"),
                           first.value_or(*start)});
    }
    return buckets;
}

ApiResult<std::vector<HealthIncidentEntry>> SystemHealthParser::incidents(const Json& body)
{
    const Json* items = itemsOf(body);
    if (items == nullptr) {
        return badAnswer(tr("the incident list has no items"));
    }
    std::vector<HealthIncidentEntry> incidents;
    incidents.reserve(items->size());
    for (const Json& item : *items) {
        QString error;
        const auto opened = item.is_object() ? time(item, "started_at", &error) : std::nullopt;
        const auto closed = opened ? time(item, "ended_at", &error) : std::nullopt;
        if (!error.isEmpty()) {
            return badAnswer(tr("an incident has a bad time: %1").arg(error));
        }
        if (!opened) {
            return badAnswer(tr("an incident lacks its start time"));
        }
        HealthIncidentEntry incident;
        incident.id = static_cast<qint64>(number(item, "id").value_or(0));
        incident.service = text(item, "service");
        incident.openedMs = *opened;
        incident.closedMs = closed;
        incident.durationSeconds = static_cast<qint64>(number(item, "duration_seconds").value_or(0));
        incident.message = text(item, "message");
        incident.resolution = text(item, "resolution");
        incidents.push_back(std::move(incident));
    }
    return incidents;
}

ApiResult<Json> SystemHealthParser::document(const QByteArray& text)
{
    try {
        return Json::parse(text.constData(), text.constData() + text.size());
    } catch (const Json::parse_error& error) {
        return badAnswer(tr("the answer is not JSON (at byte %1)").arg(error.byte));
    }
}

} // namespace hss::client
