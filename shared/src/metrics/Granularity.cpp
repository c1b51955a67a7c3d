// SPDX-License-Identifier: MIT
#include "hss/metrics/Granularity.h"

#include <algorithm>
#include <stdexcept>

#include "../EnumTable.h"
#include "hss/Timestamp.h"

namespace hss::metrics {

namespace {

constexpr detail::EnumTable<Granularity, 3> table {"granularity",
                                                   {{
                                                       {Granularity::Day, "day"},
                                                       {Granularity::Week, "week"},
                                                       {Granularity::Month, "month"},
                                                   }}};

constexpr std::int64_t msPerDay = 86'400'000;

std::int64_t floorDiv(std::int64_t value, std::int64_t divisor)
{
    const std::int64_t quotient = value / divisor;
    return (value % divisor != 0 && value < 0) ? quotient - 1 : quotient;
}

} // namespace

std::string_view toString(Granularity granularity)
{
    return table.name(granularity);
}

Result<Granularity> granularityFromString(std::string_view text, std::string_view field)
{
    return table.parse(text, field);
}

std::int64_t bucketStart(std::int64_t instant, Granularity granularity)
{
    const std::int64_t day = floorDiv(instant, msPerDay);
    switch (granularity) {
    case Granularity::Day:
        return day * msPerDay;
    case Granularity::Week: {
        // 1970-01-01 was a Thursday: day + 3 counts from the Monday before it.
        const std::int64_t monday = day - (((day + 3) % 7) + 7) % 7;
        return monday * msPerDay;
    }
    case Granularity::Month: {
        CivilDate date = civilFromDays(day);
        date.day = 1;
        return daysFromCivil(date) * msPerDay;
    }
    }
    throw std::invalid_argument("bucketStart: value outside the enumeration");
}

std::int64_t nextBucketStart(std::int64_t start, Granularity granularity)
{
    switch (granularity) {
    case Granularity::Day:
        return bucketStart(start, granularity) + msPerDay;
    case Granularity::Week:
        return bucketStart(start, granularity) + 7 * msPerDay;
    case Granularity::Month: {
        CivilDate date = civilFromDays(floorDiv(bucketStart(start, granularity), msPerDay));
        date.month += 1;
        if (date.month > 12) {
            date.month = 1;
            date.year += 1;
        }
        return daysFromCivil(date) * msPerDay;
    }
    }
    throw std::invalid_argument("nextBucketStart: value outside the enumeration");
}

std::vector<Period> bucketsOf(const Period& period, Granularity granularity)
{
    std::vector<Period> buckets;
    if (period.isEmpty()) {
        return buckets;
    }
    std::int64_t start = period.from;
    while (start < period.to) {
        const std::int64_t end = std::min(nextBucketStart(start, granularity), period.to);
        buckets.push_back(Period {start, end});
        start = end;
    }
    return buckets;
}

} // namespace hss::metrics
