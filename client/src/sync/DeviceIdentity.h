// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

#include "hss/HlcTimestamp.h"

namespace hss::client {

class LocalStore;

/// Who this store is to the server: a device id made on first use and the clock reading it last reached.
struct DeviceIdentity
{
    std::string deviceId;
    std::optional<HlcTimestamp> lastHlc; ///< feed to HybridLogicalClock::receive() so stamps never go back

    /// Reads the identity, making and storing the device id on first use. Runs on the store's thread.
    /// Empty deviceId when the store cannot be read or written.
    static DeviceIdentity loadOrCreate(LocalStore& store);
};

} // namespace hss::client
