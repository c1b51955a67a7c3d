// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <string_view>

#include "hss/Result.h"

namespace hss {

/// How a ticket reached support.
enum class Channel {
    Email,
    Phone,
    Chat,
    Web,
};

/// Every Channel value in declaration order.
inline constexpr std::array<Channel, 4> allChannels {
    Channel::Email,
    Channel::Phone,
    Channel::Chat,
    Channel::Web,
};

/// The stable wire name, e.g. "email".
std::string_view toString(Channel channel);

/// Parses a wire name; anything else gives UnknownValue naming \a field.
Result<Channel> channelFromString(std::string_view text, std::string_view field = "channel");

} // namespace hss
