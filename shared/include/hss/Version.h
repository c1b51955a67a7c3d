// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace hss {

/// The product's version ("major.minor.patch"), the same for the console and the server.
std::string_view productVersion();

/// The product's display name.
std::string_view productName();

/// Version of the sync and REST protocol; a console and a server must agree on it.
constexpr int protocolVersion = 1;

} // namespace hss
