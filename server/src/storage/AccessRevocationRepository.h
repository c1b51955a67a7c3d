// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "Database.h"
#include "hss/Result.h"

namespace hss::server {

/// When each user's access tokens were last revoked (users.access_revoked_at). Thread-safe (a pooled session per call).
class AccessRevocationRepository final
{
public:
    explicit AccessRevocationRepository(Database& database);

    /// Records that the user's access tokens issued before \a at stop being accepted; never moves the moment back.
    /// NotFound for an unknown id.
    Status revoke(std::string_view userId, std::int64_t at);
    /// The users whose access was revoked at or after \a since, with the moment of the latest revocation.
    std::vector<std::pair<std::string, std::int64_t>> revokedSince(std::int64_t since);

    /// False when the user is disabled or does not exist.
    bool isActive(std::string_view userId);

private:
    Database& m_database;
};

} // namespace hss::server
