// SPDX-License-Identifier: MIT
#include "EscalationMatrix.h"

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "hss/Limits.h"
#include "hss/Uuid.h"

namespace hss::server {

namespace {

constexpr std::size_t teamMax = 64;
constexpr std::size_t peopleMax = 50;

Error invalid(const std::string& field, const std::string& message)
{
    return Error {ErrorCode::InvalidArgument, field, field + ": " + message};
}

Result<std::vector<std::string>> stringList(const nlohmann::json& object, const std::string& key,
                                            const std::string& field)
{
    // at() rather than find(): GCC's -Wnull-dereference cannot see through nlohmann's iterators.
    if (!object.contains(key)) {
        return invalid(field, "this field is required");
    }
    const nlohmann::json& list = object.at(key);
    if (!list.is_array()) {
        return invalid(field, "expected an array of strings");
    }
    std::vector<std::string> values;
    std::size_t index = 0;
    for (const nlohmann::json& value : list) {
        if (!value.is_string()) {
            return invalid(field + "[" + std::to_string(index) + "]", "expected a string");
        }
        values.push_back(value.get<std::string>());
        ++index;
    }
    return values;
}

Result<EscalationLevel> levelFromJson(const nlohmann::json& json, const std::string& field)
{
    if (!json.is_object()) {
        return invalid(field, "expected an object");
    }
    for (const auto& [key, value] : json.items()) {
        if (key != "level" && key != "team" && key != "people" && key != "channels") {
            return invalid(field + "." + key.substr(0, 64), "unknown field");
        }
    }
    EscalationLevel level;
    if (!json.contains("level") || !json.at("level").is_number_integer()) {
        return invalid(field + ".level", "expected a whole number");
    }
    const auto value = json.at("level").get<std::int64_t>();
    if (value < 1 || value > limits::escalationLevelMax) {
        return invalid(field + ".level", "must be 1.." + std::to_string(limits::escalationLevelMax));
    }
    level.level = static_cast<int>(value);
    if (!json.contains("team") || !json.at("team").is_string()) {
        return invalid(field + ".team", "expected a string");
    }
    level.team = json.at("team").get<std::string>();
    if (level.team.empty() || level.team.size() > teamMax) {
        return invalid(field + ".team", "must be 1.." + std::to_string(teamMax) + " characters");
    }
    auto people = stringList(json, "people", field + ".people");
    if (!people) {
        return people.error();
    }
    if (people.value().size() > peopleMax) {
        return invalid(field + ".people", "at most " + std::to_string(peopleMax) + " people");
    }
    for (std::size_t i = 0; i < people.value().size(); ++i) {
        const std::string personField = field + ".people[" + std::to_string(i) + "]";
        auto id = Uuid::parse(people.value()[i], personField);
        if (!id) {
            return invalid(personField, "expected a user id (UUID)");
        }
        const std::string canonical = id.value().toString();
        if (std::find(level.people.begin(), level.people.end(), canonical) != level.people.end()) {
            return invalid(personField, "listed twice");
        }
        level.people.push_back(canonical);
    }
    auto channels = stringList(json, "channels", field + ".channels");
    if (!channels) {
        return channels.error();
    }
    for (std::size_t i = 0; i < channels.value().size(); ++i) {
        const std::string& channel = channels.value()[i];
        const std::string channelField = field + ".channels[" + std::to_string(i) + "]";
        if (channel != "email" && channel != "slack" && channel != "sms") {
            return invalid(channelField, "must be email, slack or sms");
        }
        if (std::find(level.channels.begin(), level.channels.end(), channel) != level.channels.end()) {
            return invalid(channelField, "listed twice");
        }
        level.channels.push_back(channel);
    }
    return level;
}

} // namespace

const EscalationLevel* EscalationMatrix::forLevel(int level) const
{
    const EscalationLevel* best = nullptr;
    for (const EscalationLevel& entry : levels) {
        if (entry.level <= level && (!best || entry.level > best->level)) {
            best = &entry;
        }
    }
    return best;
}

nlohmann::json toJson(const EscalationMatrix& matrix)
{
    nlohmann::json levels = nlohmann::json::array();
    for (const EscalationLevel& level : matrix.levels) {
        levels.push_back(
            {{"level", level.level}, {"team", level.team}, {"people", level.people}, {"channels", level.channels}});
    }
    return {{"levels", std::move(levels)}};
}

Result<EscalationMatrix> escalationMatrixFromJson(const nlohmann::json& json)
{
    if (!json.is_object()) {
        return invalid("", "expected an object");
    }
    for (const auto& [key, value] : json.items()) {
        if (key != "levels") {
            return invalid(key.substr(0, 64), "unknown field");
        }
    }
    if (!json.contains("levels") || !json.at("levels").is_array()) {
        return invalid("levels", "expected an array");
    }
    const nlohmann::json& levels = json.at("levels");
    if (levels.size() > static_cast<std::size_t>(limits::escalationLevelMax)) {
        return invalid("levels", "at most " + std::to_string(limits::escalationLevelMax) + " levels");
    }
    EscalationMatrix matrix;
    std::set<int> seen;
    std::size_t i = 0;
    for (const nlohmann::json& entry : levels) {
        const std::string field = "levels[" + std::to_string(i++) + "]";
        auto level = levelFromJson(entry, field);
        if (!level) {
            return level.error();
        }
        if (!seen.insert(level.value().level).second) {
            return invalid(field + ".level", "level " + std::to_string(level.value().level) + " is listed twice");
        }
        matrix.levels.push_back(std::move(level.value()));
    }
    std::sort(matrix.levels.begin(), matrix.levels.end(),
              [](const EscalationLevel& a, const EscalationLevel& b) { return a.level < b.level; });
    return matrix;
}

} // namespace hss::server
