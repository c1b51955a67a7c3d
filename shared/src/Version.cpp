// SPDX-License-Identifier: MIT
#include "hss/Version.h"

#include <algorithm>

#include "hss/BuildInfo.h"

namespace hss {

std::string_view productVersion()
{
    return HSS_VERSION_STRING;
}

std::string_view productName()
{
    return HSS_PRODUCT_NAME;
}

std::optional<int> agreedProtocol(ProtocolRange ours, ProtocolRange theirs) noexcept
{
    const int newest = std::min(ours.newest, theirs.newest);
    const int oldest = std::max(ours.oldest, theirs.oldest);
    if (newest < oldest || ours.oldest > ours.newest || theirs.oldest > theirs.newest) {
        return std::nullopt;
    }
    return newest;
}

} // namespace hss
