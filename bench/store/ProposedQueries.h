// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "QueryCases.h"

namespace hss::bench {

/// Statements the benchmark suggests instead of the current ones where a target is missed, run directly with
/// QSqlQuery on both stores. Each names the current case it would replace and returns the same fingerprint for the
/// same rows, so the benchmark can show both the speed-up and that the answer did not change.
std::vector<QueryCase> proposedQueryCases();

/// The proposed KB search statement (rank every match, build snippets for the best rows only).
QString proposedSearchSql();

} // namespace hss::bench
