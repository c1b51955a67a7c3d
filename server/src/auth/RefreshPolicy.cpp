// SPDX-License-Identifier: MIT
#include "auth/RefreshPolicy.h"

#include <stdexcept>

namespace hss::server {

RefreshPolicy::RefreshPolicy()
    : RefreshPolicy(Settings {})
{ }

RefreshPolicy::RefreshPolicy(Settings settings)
    : m_settings(settings)
{
    if (m_settings.lifetime.count() <= 0) {
        throw std::invalid_argument("the refresh token lifetime must be positive");
    }
}

std::int64_t RefreshPolicy::expiresAtMs(std::int64_t nowMs) const
{
    return nowMs + std::chrono::duration_cast<std::chrono::milliseconds>(m_settings.lifetime).count();
}

RefreshDecision RefreshPolicy::decide(const StoredRefreshToken& token, std::int64_t nowMs) const
{
    if (token.revokedAtMs || token.replacedBy) {
        return RefreshDecision::RevokeFamily;
    }
    if (nowMs >= token.expiresAtMs) {
        return RefreshDecision::Expired;
    }
    return RefreshDecision::Rotate;
}

} // namespace hss::server
