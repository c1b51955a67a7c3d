// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>
#include <string>

namespace hss::bench {

/// What `hss-bench-sla seed` writes.
struct SlaSeedOptions
{
    std::string dataDir;
    std::string databaseUrl; ///< Empty: SQLite in dataDir; else e.g. postgresql://… (key and id list stay in dataDir).
    int tickets = 1'000'000;
    int batch = 5'000; ///< Tickets per transaction.
};

/// Fills a server data folder (SQLite) for the SLA scheduler benchmark: N open tickets through the server's own
/// TicketRepository (so rows, encryption and change feed are what a real server holds), each with its creation
/// history and four planned SLA events on its resolution clock (warnings at 50 % and 75 %, escalation at 60 %,
/// breach at 100 % of its priority's target), all due between one and eight days after seeding, so they never fall
/// into a measured window. Also stores a two-level escalation matrix (Slack) and the ids `run` plans its window on.
/// Returns a process exit code.
int seedSlaBench(const SlaSeedOptions& options, std::ostream& out, std::ostream& progress);

} // namespace hss::bench
