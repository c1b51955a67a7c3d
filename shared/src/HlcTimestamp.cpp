// SPDX-License-Identifier: MIT
#include "hss/HlcTimestamp.h"

#include <cstdio>

#include "hss/Limits.h"

namespace hss {

namespace {

constexpr std::size_t physicalDigits = 18;
constexpr std::size_t logicalDigits = 10;
constexpr std::size_t prefixLength = physicalDigits + 1 + logicalDigits + 1;

bool isNodeIdChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
        || c == ':' || c == '-';
}

bool readDigits(std::string_view text, std::uint64_t& value)
{
    value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return true;
}

} // namespace

bool isValidHlcNodeId(std::string_view nodeId) noexcept
{
    if (nodeId.empty() || nodeId.size() > limits::hlcNodeIdMax) {
        return false;
    }
    for (const char c : nodeId) {
        if (!isNodeIdChar(c)) {
            return false;
        }
    }
    return true;
}

std::string HlcTimestamp::toString() const
{
    char buffer[prefixLength + 1];
    std::snprintf(buffer, sizeof buffer, "%018lld-%010lu-", static_cast<long long>(physicalMs),
                  static_cast<unsigned long>(logical));
    return std::string(buffer, prefixLength) + nodeId;
}

Result<HlcTimestamp> HlcTimestamp::parse(std::string_view text, std::string_view field)
{
    const auto invalid = [&](const char* why) {
        return Error {ErrorCode::InvalidArgument, std::string(field),
                      std::string("not a hybrid logical clock stamp (PPPPPPPPPPPPPPPPPP-LLLLLLLLLL-node): ") + why};
    };
    if (text.size() <= prefixLength || text[physicalDigits] != '-' || text[prefixLength - 1] != '-') {
        return invalid("wrong shape");
    }
    std::uint64_t physical = 0;
    std::uint64_t logical = 0;
    if (!readDigits(text.substr(0, physicalDigits), physical)
        || !readDigits(text.substr(physicalDigits + 1, logicalDigits), logical)) {
        return invalid("non-digit in a numeric part");
    }
    if (logical > UINT32_MAX) {
        return invalid("logical counter above 4294967295");
    }
    const std::string_view nodeId = text.substr(prefixLength);
    if (!isValidHlcNodeId(nodeId)) {
        return invalid("bad node id");
    }
    return HlcTimestamp {static_cast<std::int64_t>(physical), static_cast<std::uint32_t>(logical), std::string(nodeId)};
}

} // namespace hss
