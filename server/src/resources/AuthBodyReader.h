// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "hss/Role.h"

namespace hss::server {

/// Reads the members of a JSON request body of the auth and admin resources as the OpenAPI document types them.
/// Every problem (an unknown member, a missing one, a wrong type, a length or an enum value outside the limits)
/// throws ValidationFailed (422) naming the member. A member sent as null counts as absent.
class AuthBodyReader final
{
public:
    /// Keeps a reference to \a body; throws ValidationFailed naming the first member not in \a allowed.
    AuthBodyReader(const nlohmann::json& body, std::initializer_list<std::string_view> allowed);

    /// Throws ValidationFailed when the body has no members at all.
    void requireAnyMember() const;

    /// A string of minChars..maxChars code points (and at most maxBytes bytes when not zero).
    std::optional<std::string> text(const std::string& name, bool required, std::size_t minChars, std::size_t maxChars,
                                    std::size_t maxBytes = 0) const;

    /// A boolean.
    std::optional<bool> boolean(const std::string& name) const;

    /// An array of strings; the elements' own rules are left to the domain validation.
    std::optional<std::vector<std::string>> textList(const std::string& name, bool required) const;

    /// A non-empty array of role names without duplicates; an unknown or repeated one is named as "roles[i]".
    std::optional<std::set<Role>> roles(const std::string& name, bool required) const;

private:
    const nlohmann::json* member(const std::string& name, bool required) const;

    const nlohmann::json& m_body;
};

} // namespace hss::server
