// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string_view>

#include "hss/Result.h"

namespace hss::sla {

/// The POSIX TZ string at the end of a TZif v2+ file (e.g. "CET-1CEST,M3.5.0,M10.5.0/3"): the zone's rule for
/// instants after the file's last listed transition. Parsed from the file, never written by hand.
class PosixTzRule final
{
public:
    /// Parses \a text; InvalidArgument naming \a field for anything outside POSIX.1-2017 / RFC 8536 syntax.
    static Result<PosixTzRule> parse(std::string_view text, std::string_view field = "time_zone");

    /// The UTC offset in seconds (east positive) in force at \a unixSeconds.
    std::int32_t offsetAt(std::int64_t unixSeconds) const;

    /// True when the rule has daylight saving time.
    bool hasDst() const noexcept { return m_hasDst; }

private:
    /// A transition date: Jn (1..365, Feb 29 never counted), n (0..365) or Mm.w.d.
    struct DateRule
    {
        char kind = 'M'; ///< 'J', 'N' (zero-based day) or 'M'.
        int day = 0; ///< Day number for J/N; weekday 0 (Sunday)..6 for M.
        int month = 0;
        int week = 0; ///< 1..5, 5 meaning the last.
        std::int64_t timeSeconds = 7200; ///< Local wall time of the change, may be negative or above 24 h.
    };

    PosixTzRule() = default;

    /// Days since 1970-01-01 of \a rule's date in \a year.
    static std::int64_t dayOf(const DateRule& rule, std::int64_t year);

    std::int32_t m_stdOffset = 0; ///< Seconds east of UTC.
    std::int32_t m_dstOffset = 0;
    bool m_hasDst = false;
    DateRule m_start;
    DateRule m_end;
};

} // namespace hss::sla
