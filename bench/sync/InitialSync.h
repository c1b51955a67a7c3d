// SPDX-License-Identifier: MIT
#pragma once

namespace hss::bench {

class BenchConsole;

/// Runs the console's SyncEngine from an empty store until it is caught up (idle) and reports, on stdout: when the
/// first page holding tickets was committed and when the queue first showed rows, the total time, the time spent
/// waiting on pulls (server, TLS, JSON decoding), the rows stored and this process's peak memory.
class InitialSync final
{
public:
    /// Does not own console; it must be open and signed in.
    explicit InitialSync(BenchConsole& console)
        : m_console(console)
    { }

    /// 0 when caught up, 1 on a failure, 2 after timeoutSeconds.
    int run(int timeoutSeconds);

private:
    BenchConsole& m_console;
};

} // namespace hss::bench
