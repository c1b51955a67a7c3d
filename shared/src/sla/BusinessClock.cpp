// SPDX-License-Identifier: MIT
#include "hss/sla/BusinessClock.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

#include "IntervalWalk.h"
#include "hss/Timestamp.h"

namespace hss::sla {

namespace {

constexpr std::int64_t msPerMinute = 60'000;
constexpr std::int64_t msPerDay = 86'400'000;

std::int64_t floorDiv(std::int64_t a, std::int64_t b) noexcept
{
    const std::int64_t quotient = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? quotient - 1 : quotient;
}

/// Monday 0 .. Sunday 6 for a day count since 1970-01-01 (a Thursday).
std::size_t weekdayIndex(std::int64_t days)
{
    return static_cast<std::size_t>(((days % 7) + 7 + 3) % 7);
}

} // namespace

BusinessClock::BusinessClock(BusinessCalendar calendar, std::shared_ptr<const TimeZone> zone)
    : m_calendar(std::move(calendar))
    , m_zone(std::move(zone))
{
    if (!m_zone) {
        throw std::invalid_argument("BusinessClock needs a time zone");
    }
    for (const auto& date : m_calendar.holidays) {
        m_holidayDays.push_back(daysFromCivil(date));
    }
    std::sort(m_holidayDays.begin(), m_holidayDays.end());
}

void BusinessClock::forEachOpenInterval(std::int64_t from,
                                        const std::function<bool(std::int64_t, std::int64_t)>& visit) const
{
    if (m_calendar.alwaysOpen) {
        visit(from, maxTimestampMs);
        return;
    }
    // Start a day early: the previous local day's last interval may still be open at \a from.
    const std::int64_t firstDay = floorDiv(m_zone->toLocal(from), msPerDay) - 1;
    for (std::int64_t day = firstDay; day <= firstDay + horizonDays; ++day) {
        if (std::binary_search(m_holidayDays.begin(), m_holidayDays.end(), day)) {
            continue;
        }
        for (const auto& interval : m_calendar.hours[weekdayIndex(day)]) {
            const std::int64_t start = m_zone->toUtc(day * msPerDay + interval.startMinute * msPerMinute);
            const std::int64_t end = m_zone->toUtc(day * msPerDay + interval.endMinute * msPerMinute);
            if (end <= from || end <= start) {
                continue;
            }
            if (!visit(std::max(start, from), end)) {
                return;
            }
        }
    }
}

std::int64_t BusinessClock::businessMsBetween(std::int64_t from, std::int64_t to) const
{
    return detail::coveredBetween(
        [this](std::int64_t at, auto&& visit) { forEachOpenInterval(at, std::forward<decltype(visit)>(visit)); }, from,
        to);
}

std::optional<std::int64_t> BusinessClock::addBusinessMs(std::int64_t from, std::int64_t durationMs) const
{
    return detail::pointAfterCovered(
        [this](std::int64_t at, auto&& visit) { forEachOpenInterval(at, std::forward<decltype(visit)>(visit)); }, from,
        durationMs);
}

bool BusinessClock::isOpenAt(std::int64_t unixMs) const
{
    bool open = false;
    forEachOpenInterval(unixMs, [&](std::int64_t start, std::int64_t) {
        open = start == unixMs;
        return false;
    });
    return open;
}

} // namespace hss::sla
