// SPDX-License-Identifier: MIT
#include "hss/Utf8.h"

#include <cstdint>

namespace hss {

namespace {

/// Length of the sequence that starts at text[pos], or 0 when it is malformed.
std::size_t sequenceLength(std::string_view text, std::size_t pos) noexcept
{
    const auto byteAt = [&](std::size_t i) { return static_cast<std::uint8_t>(text[i]); };
    const std::uint8_t lead = byteAt(pos);
    if (lead < 0x80) {
        return 1;
    }
    std::size_t length = 0;
    // The allowed range of the second byte excludes overlong forms, surrogates and values above U+10FFFF.
    std::uint8_t secondMin = 0x80;
    std::uint8_t secondMax = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        secondMin = lead == 0xE0 ? 0xA0 : 0x80;
        secondMax = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        secondMin = lead == 0xF0 ? 0x90 : 0x80;
        secondMax = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (pos + length > text.size()) {
        return 0;
    }
    if (byteAt(pos + 1) < secondMin || byteAt(pos + 1) > secondMax) {
        return 0;
    }
    for (std::size_t i = 2; i < length; ++i) {
        if ((byteAt(pos + i) & 0xC0) != 0x80) {
            return 0;
        }
    }
    return length;
}

} // namespace

bool isValidUtf8(std::string_view text) noexcept
{
    return utf8Length(text).has_value();
}

std::optional<std::size_t> utf8Length(std::string_view text) noexcept
{
    std::size_t count = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t length = sequenceLength(text, pos);
        if (length == 0) {
            return std::nullopt;
        }
        pos += length;
        ++count;
    }
    return count;
}

} // namespace hss
