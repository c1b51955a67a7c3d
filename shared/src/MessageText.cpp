// SPDX-License-Identifier: MIT
#include "MessageText.h"

namespace hss::detail {

namespace {

constexpr std::size_t quotedMax = 40;
constexpr char hexDigits[] = "0123456789abcdef";

} // namespace

std::string quoteForMessage(std::string_view text)
{
    std::string quoted = "\"";
    for (std::size_t i = 0; i < text.size() && i < quotedMax; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x20 && byte < 0x7F && byte != '"' && byte != '\\') {
            quoted.push_back(static_cast<char>(byte));
        } else {
            quoted += "\\x";
            quoted.push_back(hexDigits[byte >> 4]);
            quoted.push_back(hexDigits[byte & 0x0F]);
        }
    }
    if (text.size() > quotedMax) {
        quoted += "...";
    }
    quoted.push_back('"');
    return quoted;
}

} // namespace hss::detail
