// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace hss::detail {

/// \a text in double quotes, safe to embed in an error message: printable ASCII is kept, every other byte is
/// written as \xNN (so invalid UTF-8 from the input never reaches a JSON encoder), and long input is cut short.
std::string quoteForMessage(std::string_view text);

} // namespace hss::detail
