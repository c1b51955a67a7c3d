// SPDX-License-Identifier: MIT
#pragma once

#include <random>

#include "hss/RandomSource.h"

namespace hss {

/// RandomSource over std::mt19937_64; seeded from std::random_device unless a seed is given. Not thread-safe.
class StdRandomSource final : public RandomSource
{
public:
    /// Seeds from std::random_device (256 bits of seed material).
    StdRandomSource();

    /// Seeds deterministically, for reproducible tests.
    explicit StdRandomSource(std::uint64_t seed);

    /// The next 64-bit word of the generator.
    std::uint64_t nextU64() override;

private:
    std::mt19937_64 m_engine;
};

} // namespace hss
