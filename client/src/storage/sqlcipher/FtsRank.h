// SPDX-License-Identifier: MIT
#pragma once

struct sqlite3;

namespace hss::client {

/// Registers the SQL function hss_rank(matchinfo(fts, 'pcnx'), weight0, weight1, ...) on a connection:
/// a TF-IDF score over an FTS4 match (FTS4 has no built-in ranking), each column weighted. Higher is better.
/// Returns an SQLite result code.
int registerFtsRank(sqlite3* db);

} // namespace hss::client
