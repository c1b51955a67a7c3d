// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

namespace hss::bench {

/// The durations of the repeated runs of one measurement, in milliseconds, and their order statistics.
class Samples final
{
public:
    void add(double milliseconds) { m_values.push_back(milliseconds); }
    int count() const { return static_cast<int>(m_values.size()); }
    bool isEmpty() const { return m_values.empty(); }

    /// The middle value (the mean of the two middle values for an even count); 0 when empty.
    double median() const;
    /// The nearest-rank percentile \a p (0 < p <= 100); 0 when empty.
    double percentile(double p) const;
    double p95() const { return percentile(95.0); }
    double total() const;

private:
    std::vector<double> m_values;
};

} // namespace hss::bench
