// SPDX-License-Identifier: MIT
#include "hss/User.h"

#include <nlohmann/json.hpp>

#include "FieldRules.h"
#include "JsonObjectReader.h"
#include "hss/Limits.h"
#include "hss/Timestamp.h"

namespace hss {

namespace {

Status checkUsername(const std::string& username)
{
    if (auto text = detail::checkText("username", username, limits::usernameMax, true, detail::Lines::Single); !text) {
        return text;
    }
    if (!isValidUsername(username)) {
        return Error {ErrorCode::InvalidArgument, "username", "use 3 to 64 lowercase letters, digits, '.', '_' or '-'"};
    }
    return okStatus();
}

Status checkRoles(const std::set<Role>& roles)
{
    if (roles.empty()) {
        return Error {ErrorCode::MissingField, "roles", "a user needs at least one role"};
    }
    return okStatus();
}

Status checkTeams(const std::vector<std::string>& teams)
{
    if (teams.size() > limits::teamsPerUserMax) {
        return Error {ErrorCode::TooLong, "teams", "too many teams"};
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < teams.size(); ++i) {
        const std::string field = "teams[" + std::to_string(i) + "]";
        if (auto text = detail::checkText(field, teams[i], limits::teamNameMax, true, detail::Lines::Single); !text) {
            return text;
        }
        if (!seen.insert(teams[i]).second) {
            return Error {ErrorCode::Conflict, field, "team listed twice"};
        }
    }
    return okStatus();
}

} // namespace

bool isValidUsername(std::string_view username) noexcept
{
    if (username.size() < limits::usernameMin || username.size() > limits::usernameMax) {
        return false;
    }
    for (const char c : username) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
        if (!allowed) {
            return false;
        }
    }
    return true;
}

Status validate(const User& user)
{
    using namespace detail;
    return firstFailure({
        checkId("id", user.id),
        checkUsername(user.username),
        checkText("display_name", user.displayName, limits::nameMax, true, Lines::Single),
        checkEmail("email", user.email, true),
        checkRoles(user.roles),
        checkTeams(user.teams),
        checkTimestamp("created_at", user.createdAt),
    });
}

nlohmann::json toJson(const User& user)
{
    nlohmann::json roles = nlohmann::json::array();
    for (const Role role : user.roles) {
        roles.push_back(toString(role));
    }
    return nlohmann::json {
        {"id", user.id.toString()}, {"username", user.username},        {"display_name", user.displayName},
        {"email", user.email},      {"roles", std::move(roles)},        {"teams", user.teams},
        {"active", user.active},    {"totp_enabled", user.totpEnabled}, {"created_at", formatTimestamp(user.createdAt)},
    };
}

Result<User> userFromJson(const nlohmann::json& json)
{
    detail::JsonObjectReader reader(json);
    User user;
    std::vector<Role> roles;
    reader.uuid("id", user.id);
    reader.string("username", user.username);
    reader.string("display_name", user.displayName);
    reader.string("email", user.email);
    reader.enumList("roles", roles, &roleFromString);
    for (std::size_t i = 0; i < roles.size() && !reader.failed(); ++i) {
        if (!user.roles.insert(roles[i]).second) {
            reader.fail(Error {ErrorCode::Conflict, reader.elementName("roles", i), "role listed twice"});
        }
    }
    reader.stringList("teams", user.teams);
    reader.boolean("active", user.active);
    reader.boolean("totp_enabled", user.totpEnabled);
    reader.timestamp("created_at", user.createdAt);
    if (auto status = reader.finish(); !status) {
        return status.error();
    }
    if (auto valid = validate(user); !valid) {
        return valid.error();
    }
    return user;
}

} // namespace hss
