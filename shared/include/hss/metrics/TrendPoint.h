// SPDX-License-Identifier: MIT
#pragma once

#include "hss/metrics/Period.h"

namespace hss::metrics {

/// One bucket of a trend: the bucket (see bucketsOf()) and the KPI computed over it as if it were the period.
/// Trends have a point for every bucket, empty ones included, so a chart's x axis has no gaps.
template <class Value>
struct TrendPoint
{
    Period bucket;
    Value value {};

    friend bool operator==(const TrendPoint&, const TrendPoint&) = default;
};

} // namespace hss::metrics
