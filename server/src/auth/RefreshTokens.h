// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace hss::server {

/// Opaque refresh tokens: 256 random bits handed to the client once, stored only as a SHA-256 hash.
/// Stateless; safe to use from several threads at once.
class RefreshTokens final
{
public:
    /// Random bytes in a token.
    static constexpr std::size_t tokenBytes = 32;
    /// Characters in a token: base64url of 32 bytes without padding.
    static constexpr std::size_t tokenLength = 43;
    /// Characters in a stored hash: hex of a SHA-256 digest.
    static constexpr std::size_t hashLength = 64;

    /// A new token from libsodium's CSPRNG, base64url without padding (43 characters).
    static std::string generate();

    /// True when \a token has the shape generate() produces (43 base64url characters); a cheap filter before any
    /// database look-up.
    static bool isWellFormed(std::string_view token) noexcept;

    /// The lower-case hex SHA-256 of \a token: what the database stores and looks up.
    static std::string hash(std::string_view token);

    /// Compares two hashes (or tokens) in time independent of where they differ.
    static bool equals(std::string_view a, std::string_view b) noexcept;

    RefreshTokens() = delete;
};

} // namespace hss::server
