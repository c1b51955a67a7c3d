// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

namespace hss {

/// A source of random 64-bit words, injected into id generation so tests can make it deterministic.
/// Not required to be thread-safe; not meant for secrets (keys, tokens, salts).
class RandomSource
{
public:
    virtual ~RandomSource() = default;

    /// The next uniformly distributed 64-bit word.
    virtual std::uint64_t nextU64() = 0;

protected:
    RandomSource() = default;
    RandomSource(const RandomSource&) = default;
    RandomSource& operator=(const RandomSource&) = default;
};

} // namespace hss
