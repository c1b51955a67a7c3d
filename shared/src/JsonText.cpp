// SPDX-License-Identifier: MIT
#include "hss/JsonText.h"

#include <cstddef>
#include <optional>

namespace hss {

namespace {

/// Offset of the first bracket that opens level maxDepth + 1, or std::nullopt. Brackets inside strings do not
/// count. Malformed text may be scanned wrongly, but the parser rejects it anyway.
std::optional<std::size_t> tooDeepAt(std::string_view text, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth) {
                return i;
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return std::nullopt;
}

} // namespace

Result<nlohmann::json> parseJsonText(std::string_view text, int maxDepth)
{
    if (const auto offset = tooDeepAt(text, maxDepth)) {
        return Error {ErrorCode::MalformedJson,
                      {},
                      "JSON nested deeper than " + std::to_string(maxDepth) + " levels at byte "
                          + std::to_string(*offset)};
    }
    try {
        return nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error& error) {
        return Error {ErrorCode::MalformedJson, {}, "malformed JSON at byte " + std::to_string(error.byte)};
    } catch (const nlohmann::json::exception&) {
        return Error {ErrorCode::MalformedJson, {}, "malformed JSON"};
    }
}

std::string toJsonText(const nlohmann::json& json)
{
    return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace hss
