// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

#include "hss/triage/TriageEvaluation.h"

namespace hss::triage::bench {

/// The whole file, or std::nullopt when it cannot be read.
std::optional<std::string> readFile(const std::string& path);

/// The header of a Markdown table of precision, recall and counts per emergency category.
void printCountsHeader();
/// One row of that table.
void printCounts(const char* name, const BinaryCounts& counts);

} // namespace hss::triage::bench
