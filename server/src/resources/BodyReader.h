// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "DomainErrors.h"
#include "hss/Result.h"
#include "hss/Uuid.h"

namespace hss::server {

/// Reads the members of one request object; the constructor refuses members it does not know. Every problem is a
/// ValidationFailed (422) naming the field: unknown, missing, wrong JSON type, unknown enum value.
class BodyReader final
{
public:
    BodyReader(const nlohmann::json& body, std::initializer_list<std::string_view> known);

    /// The member, or nullptr when absent; null counts as absent unless \a nullIsValue.
    const nlohmann::json* find(const char* key, bool nullIsValue = false) const;

    bool contains(const char* key) const { return m_body.contains(key); }

    std::optional<std::string> optionalString(const char* key) const;
    std::string string(const char* key) const;

    template <class E>
    std::optional<E> optionalEnumeration(const char* key, Result<E> (*parse)(std::string_view, std::string_view)) const
    {
        const auto text = optionalString(key);
        if (!text) {
            return std::nullopt;
        }
        auto parsed = parse(*text, key);
        if (!parsed) {
            throwDomainError(parsed.error());
        }
        return parsed.value();
    }

    template <class E>
    E enumeration(const char* key, Result<E> (*parse)(std::string_view, std::string_view)) const
    {
        const auto value = optionalEnumeration(key, parse);
        if (!value) {
            throwRequired(key);
        }
        return *value;
    }

    std::optional<Uuid> optionalUuid(const char* key) const;
    /// A whole number of at least \a minimum; required.
    std::int64_t integer(const char* key, std::int64_t minimum) const;
    /// The same, or std::nullopt when absent or null.
    std::optional<std::int64_t> optionalInteger(const char* key, std::int64_t minimum) const;

private:
    [[noreturn]] static void throwRequired(const char* key);

    const nlohmann::json& m_body;
};

} // namespace hss::server
