// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>

namespace hss::server {

/// One bound parameter or result cell: NULL, integer, real or text (the only types the schema uses).
using SqlValue = std::variant<std::monostate, std::int64_t, double, std::string>;

/// NULL for an absent value, else the value.
template <class T>
SqlValue sqlValueOf(const std::optional<T>& value)
{
    return value ? SqlValue(*value) : SqlValue();
}

} // namespace hss::server
