// SPDX-License-Identifier: MIT
#include "VerifiedTokens.h"

namespace hss::server {

VerifiedTokens::VerifiedTokens(std::size_t capacity)
    : m_capacity(capacity == 0 ? 1 : capacity)
{ }

std::optional<Principal> VerifiedTokens::find(std::string_view token, std::int64_t nowMs) const
{
    const std::lock_guard lock(m_mutex);
    const auto found = m_tokens.find(std::string(token));
    // Stricter than verify()'s leeway on purpose: near the end the full check decides.
    if (found == m_tokens.end() || nowMs >= found->second.expiresAtMs) {
        return std::nullopt;
    }
    return found->second;
}

void VerifiedTokens::remember(std::string_view token, const Principal& principal)
{
    const std::lock_guard lock(m_mutex);
    if (m_tokens.size() >= m_capacity) {
        m_tokens.clear(); // cheaper than tracking age; the next requests verify again
    }
    m_tokens.insert_or_assign(std::string(token), principal);
}

std::size_t VerifiedTokens::size() const
{
    const std::lock_guard lock(m_mutex);
    return m_tokens.size();
}

} // namespace hss::server
