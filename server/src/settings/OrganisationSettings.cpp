// SPDX-License-Identifier: MIT
#include "OrganisationSettings.h"

#include <array>

#include "hss/Timestamp.h"

namespace hss::server {

namespace {

struct Limit
{
    const char* name;
    int min;
    int max;
    int fallback; ///< The shipped default.
    bool zeroAllowed; ///< 0 means "forever".
};

constexpr Limit idleLock {"idle_lock_minutes", 1, 240, 15, false};
// Audit: six years is what HIPAA asks of compliance records (45 CFR 164.316(b)(2)); nothing below is accepted.
constexpr std::array<Limit, 5> retentionLimits {{
    {"closed_tickets_days", 30, 36500, 0, true},
    {"audit_log_days", 2190, 36500, 2190, false},
    {"health_history_days", 1, 3650, 30, false},
    {"notification_log_days", 1, 3650, 90, false},
    // A console's retried push older than this would be applied again: well beyond any offline period.
    {"sync_feed_days", 30, 3650, 180, false},
}};

int* fieldOf(RetentionPeriods& periods, std::size_t index)
{
    std::array<int*, 5> fields {&periods.closedTicketsDays, &periods.auditLogDays, &periods.healthHistoryDays,
                                &periods.notificationLogDays, &periods.syncFeedDays};
    return fields.at(index);
}

int valueOf(const RetentionPeriods& periods, std::size_t index)
{
    const std::array<int, 5> values {periods.closedTicketsDays, periods.auditLogDays, periods.healthHistoryDays,
                                     periods.notificationLogDays, periods.syncFeedDays};
    return values.at(index);
}

Result<int> readLimited(const nlohmann::json& object, const Limit& limit, const std::string& path)
{
    const auto it = object.find(limit.name);
    if (it == object.end()) {
        return Error {ErrorCode::MissingField, path, path + ": required"};
    }
    const std::string range = std::to_string(limit.min) + " to " + std::to_string(limit.max);
    if (!it->is_number_integer()) {
        return Error {ErrorCode::WrongType, path, path + ": a whole number from " + range + " is required"};
    }
    const auto value = it->get<std::int64_t>();
    if (limit.zeroAllowed && value == 0) {
        return 0;
    }
    if (value < limit.min || value > limit.max) {
        return Error {ErrorCode::OutOfRange, path,
                      path + ": must be from " + range + (limit.zeroAllowed ? " (or 0: keep forever)" : "") + ", got "
                          + std::to_string(value)};
    }
    return static_cast<int>(value);
}

nlohmann::json limitJson(const Limit& limit)
{
    nlohmann::json json {{"min", limit.min}, {"max", limit.max}, {"default", limit.fallback}};
    if (limit.zeroAllowed) {
        json["zero_means_forever"] = true;
    }
    return json;
}

} // namespace

Result<OrganisationSettings> OrganisationSettings::fromJson(const nlohmann::json& body)
{
    OrganisationSettings settings;
    auto idle = readLimited(body, idleLock, idleLock.name);
    if (!idle) {
        return idle.error();
    }
    settings.idleLockMinutes = idle.value();
    const auto retention = body.find("retention");
    if (retention == body.end() || !retention->is_object()) {
        return Error {ErrorCode::MissingField, "retention",
                      "retention: an object with the retention periods is required"};
    }
    for (std::size_t i = 0; i < retentionLimits.size(); ++i) {
        auto days =
            readLimited(*retention, retentionLimits.at(i), std::string("retention.") + retentionLimits.at(i).name);
        if (!days) {
            return days.error();
        }
        *fieldOf(settings.retention, i) = days.value();
    }
    return settings;
}

nlohmann::json OrganisationSettings::valuesJson() const
{
    nlohmann::json periods = nlohmann::json::object();
    for (std::size_t i = 0; i < retentionLimits.size(); ++i) {
        periods[retentionLimits.at(i).name] = valueOf(retention, i);
    }
    return {{"idle_lock_minutes", idleLockMinutes}, {"retention", std::move(periods)}};
}

nlohmann::json OrganisationSettings::toJson(bool full) const
{
    if (!full) {
        return {{"revision", revision}, {"idle_lock_minutes", idleLockMinutes}};
    }
    nlohmann::json json = valuesJson();
    json["revision"] = revision;
    json["updated_at"] = revision == 0 ? nlohmann::json() : nlohmann::json(formatTimestamp(updatedAt));
    json["updated_by"] = revision == 0 ? nlohmann::json() : nlohmann::json(updatedBy);
    json["limits"] = limitsJson();
    return json;
}

nlohmann::json OrganisationSettings::limitsJson()
{
    nlohmann::json periods = nlohmann::json::object();
    for (const Limit& limit : retentionLimits) {
        periods[limit.name] = limitJson(limit);
    }
    return {{"idle_lock_minutes", limitJson(idleLock)}, {"retention", std::move(periods)}};
}

} // namespace hss::server
