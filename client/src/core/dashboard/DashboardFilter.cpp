// SPDX-License-Identifier: MIT
#include "DashboardFilter.h"

#include <algorithm>

namespace hss::client {

namespace {

constexpr std::int64_t dayMs = std::int64_t {24} * 60 * 60 * 1000;
// Longer periods get week buckets: 90 day bars would be unreadable on a laptop screen.
constexpr std::int64_t dayBucketsUpToMs = 31 * dayMs;

} // namespace

DashboardFilter DashboardFilter::lastDays(std::int64_t nowMs, int days)
{
    const std::int64_t today = metrics::bucketStart(nowMs, metrics::Granularity::Day);
    return between(today - std::int64_t {std::max(days, 1) - 1} * dayMs, today);
}

DashboardFilter DashboardFilter::between(std::int64_t fromMs, std::int64_t toMs)
{
    DashboardFilter filter;
    filter.period.from = metrics::bucketStart(std::min(fromMs, toMs), metrics::Granularity::Day);
    filter.period.to = metrics::bucketStart(std::max(fromMs, toMs), metrics::Granularity::Day) + dayMs;
    filter.granularity = filter.period.to - filter.period.from > dayBucketsUpToMs ? metrics::Granularity::Week
                                                                                  : metrics::Granularity::Day;
    return filter;
}

} // namespace hss::client
