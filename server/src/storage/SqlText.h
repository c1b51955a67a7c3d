// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "Database.h"

/// Small helpers for writing one SQL text that runs on both backends. Values are never put into SQL text:
/// these functions only rewrite placeholders or prepare values that are then bound.
namespace hss::server::sqltext {

/// \a sql with its ? placeholders numbered $1, $2, ... for PostgreSQL; unchanged for SQLite.
/// The SQL must not contain ? inside string literals.
std::string forBackend(std::string_view sql, Database::Backend backend);

/// A LIKE pattern (for "LIKE ? ESCAPE '\'") that finds \a text anywhere, case-insensitively for ASCII:
/// the text is lowercased and its %, _ and \ are escaped, so they match themselves.
std::string containsPattern(std::string_view text);

/// A JSON array of strings, the stored form of text lists (roles, teams, module ids).
std::string toJsonList(const std::vector<std::string>& values);

/// The strings of a JSON array made by toJsonList(); throws std::runtime_error on anything else.
std::vector<std::string> fromJsonList(const std::string& json);

} // namespace hss::server::sqltext
