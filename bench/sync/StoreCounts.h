// SPDX-License-Identifier: MIT
#pragma once

namespace hss::client {
class StoreWorker;
}

namespace hss::bench {

/// Prints the rows a store holds ("store-tickets N", "store-courses N"), so the run script can check that the
/// synced store and the floor store hold the same data.
void reportStoreCounts(client::StoreWorker& worker);

} // namespace hss::bench
