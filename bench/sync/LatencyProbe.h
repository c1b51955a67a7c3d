// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace hss::bench {

/// How every probe ticket's title starts, so the follower can tell them from other changes the server makes.
inline constexpr std::string_view probeTitlePrefix = "Latency probe ";

class BenchConsole;

/// Console A of the change-to-other-console measurement: creates an Emergency ticket through LocalChanges (the row
/// and its outbox entry in one transaction) and lets the SyncEngine push it, `samples` times, `intervalMs` apart.
/// Prints "probe ID EDIT_MS ACK_MS" (wall clock): the local commit and the push acknowledged by the server. The
/// engine is stopped after each push, so this console never pulls the large feed.
class LatencyProbe final
{
public:
    /// Does not own console; it must be open and signed in.
    explicit LatencyProbe(BenchConsole& console)
        : m_console(console)
    { }

    /// 0 when every probe was acknowledged, 1 otherwise.
    int run(int samples, int intervalMs);

private:
    BenchConsole& m_console;
};

} // namespace hss::bench
