// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "hss/Uuid.h"

namespace hss::server {

/// A stored refresh token: only a hash of the token the client holds. Rotation links the old token to its
/// replacement; all tokens descending from one login share a family id, so reuse of a rotated token can revoke
/// the whole family.
struct RefreshToken
{
    Uuid id;
    Uuid userId;
    std::string tokenHash; ///< e.g. hex SHA-256 of the token; unique.
    Uuid familyId;
    std::int64_t expiresAt = 0;
    std::optional<std::int64_t> revokedAt;
    std::optional<Uuid> replacedBy;
    std::int64_t createdAt = 0;

    /// Member-wise equality.
    friend bool operator==(const RefreshToken&, const RefreshToken&) = default;
};

} // namespace hss::server
