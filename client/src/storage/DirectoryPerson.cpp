// SPDX-License-Identifier: MIT
#include "DirectoryPerson.h"

namespace hss::client {

QString DirectoryPerson::label() const
{
    return displayName.isEmpty() || displayName == username ? username
                                                            : QStringLiteral("%1 (%2)").arg(displayName, username);
}

nlohmann::json toJson(const DirectoryPerson& person)
{
    nlohmann::json roles = nlohmann::json::array();
    for (const Role role : person.roles) {
        roles.push_back(std::string(toString(role)));
    }
    nlohmann::json teams = nlohmann::json::array();
    for (const QString& team : person.teams) {
        teams.push_back(team.toStdString());
    }
    return {{"id", person.id.toString()},
            {"username", person.username.toStdString()},
            {"display_name", person.displayName.toStdString()},
            {"roles", std::move(roles)},
            {"teams", std::move(teams)}};
}

std::optional<DirectoryPerson> directoryPersonFromJson(const nlohmann::json& json)
{
    if (!json.is_object()) {
        return std::nullopt;
    }
    const auto text = [&json](const char* key) -> std::optional<QString> {
        if (!json.contains(key) || !json[key].is_string()) {
            return std::nullopt;
        }
        return QString::fromStdString(json[key].get<std::string>());
    };
    const auto id = text("id");
    const auto username = text("username");
    const auto displayName = text("display_name");
    if (!id || !username || username->isEmpty() || !displayName || !json.contains("roles") || !json["roles"].is_array()
        || !json.contains("teams") || !json["teams"].is_array()) {
        return std::nullopt;
    }
    auto parsed = Uuid::parse(id->toStdString());
    if (!parsed) {
        return std::nullopt;
    }
    DirectoryPerson person;
    person.id = parsed.value();
    person.username = *username;
    person.displayName = *displayName;
    for (const auto& role : json["roles"]) {
        if (!role.is_string()) {
            return std::nullopt;
        }
        // A role this console does not know yet is left out rather than dropping the person.
        if (auto known = roleFromString(role.get<std::string>())) {
            person.roles.insert(known.value());
        }
    }
    for (const auto& team : json["teams"]) {
        if (!team.is_string()) {
            return std::nullopt;
        }
        person.teams.append(QString::fromStdString(team.get<std::string>()));
    }
    return person;
}

} // namespace hss::client
