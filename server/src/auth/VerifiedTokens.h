// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "Principal.h"

namespace hss::server {

/// Access tokens that passed every check of TokenService::verify, with who they name, until they expire. Lets a
/// client that sends the same token with every request skip the JSON parsing and two HMACs per request. Only the
/// exact token text that was verified hits (the signature is part of the key); an expired entry is never served.
/// Bounded: when full it starts over. Thread-safe.
class VerifiedTokens final
{
public:
    explicit VerifiedTokens(std::size_t capacity = 8192);

    /// The principal of \a token if it was verified before and is still valid at \a nowMs.
    std::optional<Principal> find(std::string_view token, std::int64_t nowMs) const;

    /// Remembers a token that verify() accepted.
    void remember(std::string_view token, const Principal& principal);

    std::size_t size() const;

private:
    std::size_t m_capacity;
    mutable std::mutex m_mutex;
    std::unordered_map<std::string, Principal> m_tokens;
};

} // namespace hss::server
