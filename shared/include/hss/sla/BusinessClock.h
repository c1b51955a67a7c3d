// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "hss/sla/BusinessCalendar.h"
#include "hss/sla/TimeZone.h"

namespace hss::sla {

/// Business-time arithmetic over one calendar in its time zone. Working hours are local wall-clock times, so a
/// working day that contains a daylight-saving change is an hour shorter or longer. Immutable; thread-safe.
class BusinessClock final
{
public:
    /// How far ahead the clock looks for working time before giving up (a calendar made only of holidays).
    static constexpr std::int64_t horizonDays = 3 * 366;

    /// A clock over \a calendar (assumed valid) with its zone \a zone (must not be null).
    BusinessClock(BusinessCalendar calendar, std::shared_ptr<const TimeZone> zone);

    /// Calls \a visit(start, end) with each working interval (UTC milliseconds) that ends after \a from, clipped
    /// to start no earlier than \a from, in time order, until \a visit returns false or the horizon is reached.
    /// An always-open calendar gives the single interval [from, maxTimestampMs].
    void forEachOpenInterval(std::int64_t from, const std::function<bool(std::int64_t, std::int64_t)>& visit) const;

    /// Working milliseconds in [from, to); 0 when to <= from.
    std::int64_t businessMsBetween(std::int64_t from, std::int64_t to) const;

    /// The instant at which \a durationMs (> 0) working milliseconds after \a from have passed, or std::nullopt
    /// when the horizon holds too little working time.
    std::optional<std::int64_t> addBusinessMs(std::int64_t from, std::int64_t durationMs) const;

    /// True when \a unixMs lies inside working time.
    bool isOpenAt(std::int64_t unixMs) const;

    const BusinessCalendar& calendar() const noexcept { return m_calendar; }

private:
    BusinessCalendar m_calendar;
    std::shared_ptr<const TimeZone> m_zone;
    std::vector<std::int64_t> m_holidayDays; ///< Days since 1970-01-01, sorted, for binary search.
};

} // namespace hss::sla
