// SPDX-License-Identifier: MIT
#include "auth/RefreshTokens.h"

#include <algorithm>

#include <sodium.h>

#include "auth/Sodium.h"

namespace hss::server {

namespace {

bool isBase64UrlCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

} // namespace

std::string RefreshTokens::generate()
{
    return base64UrlEncode(randomBytes(tokenBytes));
}

bool RefreshTokens::isWellFormed(std::string_view token) noexcept
{
    return token.size() == tokenLength && std::all_of(token.begin(), token.end(), isBase64UrlCharacter);
}

std::string RefreshTokens::hash(std::string_view token)
{
    ensureSodium();
    std::string digest(crypto_hash_sha256_BYTES, '\0');
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(digest.data()),
                       reinterpret_cast<const unsigned char*>(token.data()), token.size());
    return hexEncode(digest);
}

bool RefreshTokens::equals(std::string_view a, std::string_view b) noexcept
{
    return constantTimeEquals(a, b);
}

} // namespace hss::server
