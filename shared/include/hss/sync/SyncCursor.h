// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "hss/Result.h"

namespace hss::sync {

/// The pull cursor for "every change with a sequence number above \a sequence". Clients treat it as opaque text so
/// the server may change its form later. Throws std::invalid_argument for a negative \a sequence (a caller bug).
std::string formatCursor(std::int64_t sequence);

/// The sequence number inside a cursor made by formatCursor(); the empty cursor means "from the start" (0).
/// Anything else gives InvalidArgument on field "cursor".
Result<std::int64_t> parseCursor(std::string_view cursor);

} // namespace hss::sync
