// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "Database.h"
#include "RefreshToken.h"
#include "hss/Result.h"

namespace hss::server {

/// Hashed refresh tokens: store, look up, rotate and revoke. Thread-safe (a pooled session per call).
class RefreshTokenRepository final
{
public:
    explicit RefreshTokenRepository(Database& database);

    /// Stores a new token. Conflict when the id or hash exists; NotFound when the user does not exist.
    Result<RefreshToken> store(const RefreshToken& token);

    /// The token with this hash (revoked or expired ones too: the caller decides).
    Result<RefreshToken> findByHash(std::string_view tokenHash);

    /// Atomically revokes the unrevoked token \a oldHash at \a now, links it to \a replacement and stores the
    /// replacement. NotFound for an unknown hash; Conflict when the old token was already revoked (a replay: the
    /// caller should revoke the family).
    Result<RefreshToken> rotate(std::string_view oldHash, const RefreshToken& replacement, std::int64_t now);

    /// Revokes every unrevoked token of the family; returns how many.
    int revokeFamily(std::string_view familyId, std::int64_t now);

    /// Revokes every unrevoked token of the user (logout everywhere, password or role change, disable).
    int revokeAllForUser(std::string_view userId, std::int64_t now);

private:
    std::string sql(std::string_view text) const;

    Database& m_database;
};

} // namespace hss::server
