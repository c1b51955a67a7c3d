// SPDX-License-Identifier: MIT
#include "EmailAddress.h"

#include <algorithm>

namespace hss::server {

bool isPlainEmailAddress(std::string_view address)
{
    const auto at = address.find('@');
    if (at == std::string_view::npos || at == 0 || at + 1 == address.size()
        || address.find('@', at + 1) != std::string_view::npos) {
        return false;
    }
    return std::none_of(address.begin(), address.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte <= 0x20 || byte == 0x7F || std::string_view("<>,;\"()[]\\").find(c) != std::string_view::npos;
    });
}

} // namespace hss::server
