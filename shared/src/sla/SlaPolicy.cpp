// SPDX-License-Identifier: MIT
#include "hss/sla/SlaPolicy.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "../JsonObjectReader.h"
#include "hss/Limits.h"

namespace hss::sla {

namespace {

constexpr std::size_t idMax = 64;

bool isIdText(const std::string& id)
{
    return !id.empty() && id.size() <= idMax && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

Status checkTarget(const SlaTarget& target, const std::string& field)
{
    if (target.minutes < 1 || target.minutes > targetMinutesMax) {
        return Error {ErrorCode::OutOfRange, field + "_minutes",
                      "must lie in 1.." + std::to_string(targetMinutesMax) + " minutes"};
    }
    if (target.escalationMinutes.size() > static_cast<std::size_t>(limits::escalationLevelMax)) {
        return Error {ErrorCode::OutOfRange, field + "_escalation_minutes",
                      "at most " + std::to_string(limits::escalationLevelMax) + " escalation levels"};
    }
    for (std::size_t i = 0; i < target.escalationMinutes.size(); ++i) {
        const std::int64_t minutes = target.escalationMinutes[i];
        const std::string element = field + "_escalation_minutes[" + std::to_string(i) + "]";
        if (minutes < 1 || minutes > targetMinutesMax) {
            return Error {ErrorCode::OutOfRange, element, "must lie in 1.." + std::to_string(targetMinutesMax)};
        }
        if (i > 0 && minutes <= target.escalationMinutes[i - 1]) {
            return Error {ErrorCode::InvalidArgument, element, "levels must come later one after another"};
        }
    }
    return okStatus();
}

/// Reads an array of integers at \a key.
void readIntegers(detail::JsonObjectReader& reader, std::string_view key, std::vector<std::int64_t>& out)
{
    out.clear();
    const auto* values = reader.array(key);
    for (std::size_t i = 0; values != nullptr && i < values->size(); ++i) {
        if (!(*values)[i].is_number_integer()) {
            reader.fail(Error {ErrorCode::WrongType, reader.elementName(key, i), "expected an integer"});
            return;
        }
        out.push_back((*values)[i].get<std::int64_t>());
    }
}

/// Reads an array of numbers at \a key.
void readNumbers(detail::JsonObjectReader& reader, std::string_view key, std::vector<double>& out)
{
    out.clear();
    const auto* values = reader.array(key);
    for (std::size_t i = 0; values != nullptr && i < values->size(); ++i) {
        if (!(*values)[i].is_number()) {
            reader.fail(Error {ErrorCode::WrongType, reader.elementName(key, i), "expected a number"});
            return;
        }
        out.push_back((*values)[i].get<double>());
    }
}

} // namespace

Status validate(const SlaPolicy& policy)
{
    if (!isIdText(policy.id)) {
        return Error {ErrorCode::InvalidArgument, "id", "use 1 to 64 of a-z, 0-9, '_' and '-'"};
    }
    if (!isIdText(policy.calendarId)) {
        return Error {ErrorCode::InvalidArgument, "calendar", "use the id of a calendar"};
    }
    for (const auto& [target, field] :
         {std::pair {&policy.firstResponse, "first_response"}, std::pair {&policy.nextUpdate, "next_update"},
          std::pair {&policy.resolution, "resolution"}}) {
        if (auto status = checkTarget(*target, field); !status) {
            return status;
        }
    }
    for (std::size_t i = 0; i < policy.warningFractions.size(); ++i) {
        const double fraction = policy.warningFractions[i];
        const std::string field = "warning_fractions[" + std::to_string(i) + "]";
        if (!(fraction > 0.0 && fraction < 1.0)) {
            return Error {ErrorCode::OutOfRange, field, "must lie strictly between 0 and 1"};
        }
        if (i > 0 && fraction <= policy.warningFractions[i - 1]) {
            return Error {ErrorCode::InvalidArgument, field, "fractions must be strictly ascending"};
        }
    }
    return okStatus();
}

nlohmann::json toJson(const SlaPolicy& policy)
{
    return nlohmann::json {
        {"id", policy.id},
        {"priority", toString(policy.priority)},
        {"category", policy.category ? nlohmann::json(toString(*policy.category)) : nlohmann::json(nullptr)},
        {"calendar", policy.calendarId},
        {"first_response_minutes", policy.firstResponse.minutes},
        {"first_response_escalation_minutes", policy.firstResponse.escalationMinutes},
        {"next_update_minutes", policy.nextUpdate.minutes},
        {"next_update_escalation_minutes", policy.nextUpdate.escalationMinutes},
        {"resolution_minutes", policy.resolution.minutes},
        {"resolution_escalation_minutes", policy.resolution.escalationMinutes},
        {"warning_fractions", policy.warningFractions},
    };
}

Result<SlaPolicy> slaPolicyFromJson(const nlohmann::json& json, const std::string& prefix)
{
    detail::JsonObjectReader reader(json, prefix);
    SlaPolicy policy;
    reader.string("id", policy.id);
    reader.enumeration("priority", policy.priority, &priorityFromString);
    reader.optionalEnumeration("category", policy.category, &categoryFromString);
    reader.string("calendar", policy.calendarId);
    reader.integer("first_response_minutes", policy.firstResponse.minutes);
    readIntegers(reader, "first_response_escalation_minutes", policy.firstResponse.escalationMinutes);
    reader.integer("next_update_minutes", policy.nextUpdate.minutes);
    readIntegers(reader, "next_update_escalation_minutes", policy.nextUpdate.escalationMinutes);
    reader.integer("resolution_minutes", policy.resolution.minutes);
    readIntegers(reader, "resolution_escalation_minutes", policy.resolution.escalationMinutes);
    readNumbers(reader, "warning_fractions", policy.warningFractions);
    if (auto status = reader.finish(); !status) {
        return status.error();
    }
    if (auto valid = validate(policy); !valid) {
        return withFieldPrefix(valid.error(), prefix);
    }
    return policy;
}

} // namespace hss::sla
