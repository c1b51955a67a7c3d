// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace hss {

/// True when \a text is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(std::string_view text) noexcept;

/// The number of Unicode code points in \a text, or std::nullopt when \a text is not well-formed UTF-8.
std::optional<std::size_t> utf8Length(std::string_view text) noexcept;

} // namespace hss
