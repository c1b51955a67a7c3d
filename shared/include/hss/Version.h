// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string_view>

namespace hss {

/// The product's version ("major.minor.patch"), the same for the console and the server.
std::string_view productVersion();

/// The product's display name.
std::string_view productName();

/// Version of the sync and REST protocol this build speaks best; a console and a server must agree on one.
constexpr int protocolVersion = 1;

/// The oldest protocol version this build still speaks (a newer server keeps serving older consoles until they are
/// updated, and a newer console can still work with an older server).
constexpr int oldestProtocolVersion = 1;

/// The HTTP header that carries the sender's protocol version on every request and answer.
constexpr std::string_view protocolHeader = "X-HSS-Protocol";

/// The protocol versions one side speaks, oldest to newest.
struct ProtocolRange
{
    int oldest = oldestProtocolVersion;
    int newest = protocolVersion;
};

/// The newest version both sides speak, or nothing when their ranges do not meet (one of them must be updated).
std::optional<int> agreedProtocol(ProtocolRange ours, ProtocolRange theirs) noexcept;

} // namespace hss
