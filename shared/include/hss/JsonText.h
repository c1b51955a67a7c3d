// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "hss/Limits.h"
#include "hss/Result.h"

namespace hss {

/// Parses JSON text without throwing: malformed text, invalid UTF-8 and nesting deeper than \a maxDepth give
/// MalformedJson with an empty field and a message naming the byte offset.
Result<nlohmann::json> parseJsonText(std::string_view text, int maxDepth = limits::jsonMaxDepth);

/// Compact JSON text of \a json; never throws (invalid UTF-8 in strings is replaced by U+FFFD).
std::string toJsonText(const nlohmann::json& json);

/// Parses \a text and decodes it with \a decode, e.g. decodeJsonText(body, ticketFromJson).
template <class T>
Result<T> decodeJsonText(std::string_view text, Result<T> (*decode)(const nlohmann::json&))
{
    auto json = parseJsonText(text);
    if (!json) {
        return json.error();
    }
    return decode(json.value());
}

} // namespace hss
