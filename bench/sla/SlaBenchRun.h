// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>
#include <string>

namespace hss::bench {

/// What `hss-bench-sla run` measures.
struct SlaRunOptions
{
    std::string dataDir;
    std::string databaseUrl; ///< Empty: SQLite in dataDir; else e.g. postgresql://… (key and id list stay in dataDir).
    int rate = 1000; ///< Events due per second in the measured window.
    int seconds = 30; ///< Length of the window.
    int leadMs = 5000; ///< From planning the window to its first due event.
    int batch = 200; ///< The scheduler's batch size.
    bool rewalk = false; ///< Forget the completed start-up walk, so this start walks all tickets (first start).
};

/// On a folder filled by seedSlaBench(): plans the window (rate x seconds events on the seeded tickets, one every
/// 1/rate s, plus one probe event already due), then starts the real server parts (Database, WriteQueue, SlaEngine
/// with its scheduler and start-up walk) on a SystemClock and measures the time until the scheduler is ready and
/// until the probe fired, the lateness of every window event (commit of its firing - due time), and the process's
/// memory. Prints Markdown; returns a process exit code.
int runSlaBench(const SlaRunOptions& options, std::ostream& out, std::ostream& progress);

} // namespace hss::bench
