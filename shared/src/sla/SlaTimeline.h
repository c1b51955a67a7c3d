// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "hss/sla/BusinessClock.h"

namespace hss::sla::detail {

/// Business time of one calendar minus the intervals in which a ticket's clocks do not count (waiting on the
/// customer, resolved before a reopen). The clock and the pauses must outlive the timeline.
class SlaTimeline final
{
public:
    using Interval = std::pair<std::int64_t, std::int64_t>;

    /// \a pauses: sorted, not overlapping [start, end) intervals; an open pause ends at maxTimestampMs.
    SlaTimeline(const BusinessClock& clock, const std::vector<Interval>& pauses);

    /// Counting milliseconds in [from, to).
    std::int64_t elapsed(std::int64_t from, std::int64_t to) const;

    /// The instant at which \a offsetMs (> 0) counting milliseconds after \a from have passed; std::nullopt when
    /// it is never reached (an open pause, or too little working time in the calendar's horizon).
    std::optional<std::int64_t> pointAt(std::int64_t from, std::int64_t offsetMs) const;

    /// True when \a unixMs lies in a pause.
    bool isPausedAt(std::int64_t unixMs) const;

private:
    /// Calls \a visit with each counting interval from \a from on, until it returns false.
    template <class Visit>
    void forEachCounting(std::int64_t from, Visit&& visit) const;

    const BusinessClock& m_clock;
    const std::vector<Interval>& m_pauses;
};

} // namespace hss::sla::detail
