// SPDX-License-Identifier: MIT
#include "SlaTimeline.h"

#include <algorithm>
#include <utility>

#include "IntervalWalk.h"

namespace hss::sla::detail {

SlaTimeline::SlaTimeline(const BusinessClock& clock, const std::vector<Interval>& pauses)
    : m_clock(clock)
    , m_pauses(pauses)
{ }

template <class Visit>
void SlaTimeline::forEachCounting(std::int64_t from, Visit&& visit) const
{
    m_clock.forEachOpenInterval(from, [&](std::int64_t start, std::int64_t end) {
        std::int64_t cursor = start;
        for (const auto& [pauseStart, pauseEnd] : m_pauses) {
            if (pauseEnd <= cursor || pauseStart >= end) {
                continue;
            }
            if (pauseStart > cursor && !visit(cursor, pauseStart)) {
                return false;
            }
            cursor = std::max(cursor, pauseEnd);
            if (cursor >= end) {
                // An open pause swallows the rest of time: stop looking.
                return pauseEnd < maxTimestampMs;
            }
        }
        return visit(cursor, end);
    });
}

std::int64_t SlaTimeline::elapsed(std::int64_t from, std::int64_t to) const
{
    return coveredBetween(
        [this](std::int64_t at, auto&& visit) { forEachCounting(at, std::forward<decltype(visit)>(visit)); }, from, to);
}

std::optional<std::int64_t> SlaTimeline::pointAt(std::int64_t from, std::int64_t offsetMs) const
{
    return pointAfterCovered(
        [this](std::int64_t at, auto&& visit) { forEachCounting(at, std::forward<decltype(visit)>(visit)); }, from,
        offsetMs);
}

bool SlaTimeline::isPausedAt(std::int64_t unixMs) const
{
    return std::any_of(m_pauses.begin(), m_pauses.end(),
                       [&](const Interval& pause) { return pause.first <= unixMs && unixMs < pause.second; });
}

} // namespace hss::sla::detail
