// SPDX-License-Identifier: MIT
#pragma once

namespace hss::bench {

class BenchConsole;

/// The floor of the initial sync: fetches the whole change feed into memory first ("transfer-ms": every page pulled
/// and decoded into rows, nothing stored), then writes the same rows into an empty encrypted store through the
/// console's repositories alone, one transaction per pulled page as the sync does ("floor-ms"). What the sync
/// spends beyond the two is the engine's own work (lookups, cursor, outbox checks, the hand-offs between threads).
class FloorLoad final
{
public:
    /// Does not own console; it must be open and signed in, on an empty store.
    explicit FloorLoad(BenchConsole& console)
        : m_console(console)
    { }

    /// 0 on success, 1 on a failure.
    int run();

private:
    BenchConsole& m_console;
};

} // namespace hss::bench
