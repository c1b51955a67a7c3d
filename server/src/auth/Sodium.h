// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace hss::server {

/// Initialises libsodium once per process (thread-safe, idempotent). Throws std::runtime_error when it cannot.
void ensureSodium();

/// \a size bytes from libsodium's CSPRNG.
std::string randomBytes(std::size_t size);

/// \a bytes as base64url without padding (RFC 4648 §5), as used by JWT and our opaque tokens.
std::string base64UrlEncode(std::string_view bytes);

/// \a bytes as lower-case hexadecimal.
std::string hexEncode(std::string_view bytes);

/// Compares two strings in time that depends only on their lengths, never on where they differ.
bool constantTimeEquals(std::string_view a, std::string_view b);

} // namespace hss::server
