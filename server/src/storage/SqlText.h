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

/// How many rows each multi-row statement for \a total rows takes: as many 64s as fit, then 16s, 4s and 1s, so a
/// batch of any size uses a handful of distinct SQL texts and the per-connection statement cache stays small.
std::vector<std::size_t> rowChunks(std::size_t total);

/// "(?, ?, ?), (?, ?, ?)": \a rows groups of \a row (e.g. "(?, ?, ?)"), comma-separated.
std::string repeatedRows(std::string_view row, std::size_t rows);

} // namespace hss::server::sqltext
