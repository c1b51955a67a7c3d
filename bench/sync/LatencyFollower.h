// SPDX-License-Identifier: MIT
#pragma once

namespace hss::bench {

class BenchConsole;

/// Console B of the change-to-other-console measurement: runs the SyncEngine on an already synced store, prints
/// "ready" once caught up (its next pull is a long poll), then "stored ID EPOCH_MS" for every ticket of each page
/// right after that page was committed.
class LatencyFollower final
{
public:
    /// Does not own console; it must be open and signed in.
    explicit LatencyFollower(BenchConsole& console)
        : m_console(console)
    { }

    /// Runs until `expected` tickets were stored (0 on success) or timeoutSeconds passed (2).
    int run(int expected, int timeoutSeconds);

private:
    BenchConsole& m_console;
};

} // namespace hss::bench
