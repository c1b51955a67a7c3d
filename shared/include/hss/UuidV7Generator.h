// SPDX-License-Identifier: MIT
#pragma once

#include <mutex>

#include "hss/Clock.h"
#include "hss/RandomSource.h"
#include "hss/Uuid.h"

namespace hss {

/// Makes version 7 UUIDs that strictly increase, per RFC 9562 section 6.2 method 2 ("monotonic random"): when the
/// clock has not moved past the previous id, the previous id's random bits are increased by a random step.
/// Thread-safe. Does not own the clock or the random source; both must outlive the generator.
class UuidV7Generator final
{
public:
    /// A generator reading time from \a clock and randomness from \a random.
    UuidV7Generator(const Clock& clock, RandomSource& random);

    UuidV7Generator(const UuidV7Generator&) = delete;
    UuidV7Generator& operator=(const UuidV7Generator&) = delete;

    /// The next id, greater than every id this generator returned before.
    Uuid next();

private:
    const Clock& m_clock;
    RandomSource& m_random;
    std::mutex m_mutex;
    Uuid m_last;
};

} // namespace hss
