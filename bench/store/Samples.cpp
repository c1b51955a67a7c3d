// SPDX-License-Identifier: MIT
#include "Samples.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace hss::bench {

double Samples::median() const
{
    if (m_values.empty()) {
        return 0.0;
    }
    std::vector<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t middle = sorted.size() / 2;
    return sorted.size() % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
}

double Samples::percentile(double p) const
{
    if (m_values.empty()) {
        return 0.0;
    }
    std::vector<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

double Samples::total() const
{
    return std::accumulate(m_values.begin(), m_values.end(), 0.0);
}

} // namespace hss::bench
