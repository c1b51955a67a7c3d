// SPDX-License-Identifier: MIT
#include "hss/sync/SyncCursor.h"

#include <charconv>
#include <stdexcept>

#include "../MessageText.h"

namespace hss::sync {

namespace {

constexpr char cursorTag = 's';

} // namespace

std::string formatCursor(std::int64_t sequence)
{
    if (sequence < 0) {
        throw std::invalid_argument("formatCursor: negative sequence " + std::to_string(sequence));
    }
    return cursorTag + std::to_string(sequence);
}

Result<std::int64_t> parseCursor(std::string_view cursor)
{
    if (cursor.empty()) {
        return std::int64_t {0};
    }
    const auto invalid = [&] {
        return Error {ErrorCode::InvalidArgument, "cursor",
                      "not a cursor from this server: " + detail::quoteForMessage(cursor)};
    };
    const std::string_view digits = cursor.substr(1);
    // Only the canonical form formatCursor() writes: no sign, no leading zeros, nothing after the digits.
    if (cursor.front() != cursorTag || digits.empty() || digits.front() < '0' || digits.front() > '9'
        || (digits.size() > 1 && digits.front() == '0')) {
        return invalid();
    }
    std::int64_t sequence = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), sequence);
    if (error != std::errc() || end != digits.data() + digits.size()) {
        return invalid();
    }
    return sequence;
}

} // namespace hss::sync
