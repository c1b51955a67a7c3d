// SPDX-License-Identifier: MIT
#include "BackoffPolicy.h"

#include <algorithm>

#include "hss/RandomSource.h"

namespace hss::client {

BackoffPolicy::BackoffPolicy(RandomSource& random, Settings settings)
    : m_random(random)
    , m_settings(settings)
{
    m_settings.initial = std::max(m_settings.initial, std::chrono::milliseconds(1));
    m_settings.maximum = std::max(m_settings.maximum, m_settings.initial);
    m_settings.factor = std::max(m_settings.factor, 1);
}

std::chrono::milliseconds BackoffPolicy::ceiling(int failures) const
{
    auto delay = m_settings.initial;
    for (int i = 1; i < failures && delay < m_settings.maximum; ++i) {
        delay *= m_settings.factor;
    }
    return std::min(delay, m_settings.maximum);
}

std::chrono::milliseconds BackoffPolicy::nextDelay()
{
    ++m_failures;
    const auto top = ceiling(m_failures).count();
    const auto half = top / 2;
    const auto span = static_cast<std::uint64_t>(top - half) + 1;
    return std::chrono::milliseconds(half + static_cast<std::int64_t>(m_random.nextU64() % span));
}

} // namespace hss::client
