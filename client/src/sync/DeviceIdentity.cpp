// SPDX-License-Identifier: MIT
#include "DeviceIdentity.h"

#include "SyncStateKeys.h"
#include "hss/Uuid.h"
#include "storage/LocalStore.h"
#include "storage/SyncStateRepository.h"

namespace hss::client {

DeviceIdentity DeviceIdentity::loadOrCreate(LocalStore& store)
{
    SyncStateRepository state(store.database());
    DeviceIdentity identity;
    auto deviceId = state.value(syncstate::deviceId);
    if (!deviceId || !isValidHlcNodeId(deviceId->toStdString())) {
        deviceId = QStringLiteral("console-") + QString::fromStdString(Uuid::createV7().toString());
        if (state.setValue(syncstate::deviceId, *deviceId)) {
            return identity;
        }
    }
    identity.deviceId = deviceId->toStdString();
    if (auto hlc = state.value(syncstate::hlc)) {
        auto parsed = HlcTimestamp::parse(hlc->toStdString());
        if (parsed) {
            identity.lastHlc = parsed.value();
        }
    }
    return identity;
}

} // namespace hss::client
