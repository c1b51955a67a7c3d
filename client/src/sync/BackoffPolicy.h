// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>

namespace hss {
class RandomSource;
}

namespace hss::client {

/// How long to wait before the next attempt while the server is unreachable: exponential growth up to a ceiling,
/// with "equal jitter" (a random delay in [ceiling/2, ceiling]) so the consoles of a site that lost the server
/// together do not all come back in the same second.
class BackoffPolicy final
{
public:
    struct Settings
    {
        std::chrono::milliseconds initial {std::chrono::seconds(1)};
        std::chrono::milliseconds maximum {std::chrono::minutes(2)};
        int factor = 2;
    };

    /// Does not own random, which must outlive the policy.
    explicit BackoffPolicy(RandomSource& random, Settings settings);

    /// The upper bound of the delay after `failures` failures in a row (1 for the first): initial × factor^(n-1),
    /// at most maximum.
    std::chrono::milliseconds ceiling(int failures) const;
    /// Counts a failure and returns the delay before the next attempt.
    std::chrono::milliseconds nextDelay();
    /// After a success: the next failure starts from initial again.
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    RandomSource& m_random;
    Settings m_settings;
    int m_failures = 0;
};

} // namespace hss::client
