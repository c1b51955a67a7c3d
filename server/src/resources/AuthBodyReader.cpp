// SPDX-License-Identifier: MIT
#include "AuthBodyReader.h"

#include <algorithm>

#include "../http/HttpErrors.h"
#include "hss/Utf8.h"

namespace hss::server {

AuthBodyReader::AuthBodyReader(const nlohmann::json& body, std::initializer_list<std::string_view> allowed)
    : m_body(body)
{
    for (const auto& [key, value] : body.items()) {
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
            const std::string name = key.substr(0, 64);
            throw ValidationFailed("unknown field '" + name + "'", name);
        }
    }
}

void AuthBodyReader::requireAnyMember() const
{
    if (m_body.empty()) {
        throw ValidationFailed("send at least one field to change", "");
    }
}

const nlohmann::json* AuthBodyReader::member(const std::string& name, bool required) const
{
    const auto found = m_body.find(name);
    if (found == m_body.end() || found->is_null()) {
        if (required) {
            throw ValidationFailed(name + ": this field is required", name);
        }
        return nullptr;
    }
    return &*found;
}

std::optional<std::string> AuthBodyReader::text(const std::string& name, bool required, std::size_t minChars,
                                                std::size_t maxChars, std::size_t maxBytes) const
{
    const nlohmann::json* value = member(name, required);
    if (!value) {
        return std::nullopt;
    }
    if (!value->is_string()) {
        throw ValidationFailed(name + ": must be a string", name);
    }
    const auto& text = value->get_ref<const std::string&>();
    const auto length = utf8Length(text);
    if (!length) {
        throw ValidationFailed(name + ": not valid UTF-8", name);
    }
    if (*length < minChars) {
        throw ValidationFailed(name + ": needs at least " + std::to_string(minChars) + " characters", name);
    }
    if (*length > maxChars || (maxBytes != 0 && text.size() > maxBytes)) {
        throw ValidationFailed(name + ": text is longer than the limit of " + std::to_string(maxChars), name);
    }
    return text;
}

std::optional<bool> AuthBodyReader::boolean(const std::string& name) const
{
    const nlohmann::json* value = member(name, false);
    if (!value) {
        return std::nullopt;
    }
    if (!value->is_boolean()) {
        throw ValidationFailed(name + ": must be true or false", name);
    }
    return value->get<bool>();
}

std::optional<std::vector<std::string>> AuthBodyReader::textList(const std::string& name, bool required) const
{
    const nlohmann::json* value = member(name, required);
    if (!value) {
        return std::nullopt;
    }
    if (!value->is_array()) {
        throw ValidationFailed(name + ": must be an array of strings", name);
    }
    std::vector<std::string> items;
    for (std::size_t i = 0; i < value->size(); ++i) {
        if (!(*value)[i].is_string()) {
            const std::string element = name + "[" + std::to_string(i) + "]";
            throw ValidationFailed(element + ": must be a string", element);
        }
        items.push_back((*value)[i].get<std::string>());
    }
    return items;
}

std::optional<std::set<Role>> AuthBodyReader::roles(const std::string& name, bool required) const
{
    const auto names = textList(name, required);
    if (!names) {
        return std::nullopt;
    }
    if (names->empty()) {
        throw ValidationFailed(name + ": a user needs at least one role", name);
    }
    std::set<Role> roles;
    for (std::size_t i = 0; i < names->size(); ++i) {
        const std::string element = name + "[" + std::to_string(i) + "]";
        const auto role = roleFromString((*names)[i], element);
        if (!role) {
            throw ValidationFailed(element
                                       + ": unknown role; use agent, medical_agent, supervisor, admin, "
                                         "compliance_officer or learner",
                                   element);
        }
        if (!roles.insert(role.value()).second) {
            throw ValidationFailed(element + ": role listed twice", element);
        }
    }
    return roles;
}

} // namespace hss::server
