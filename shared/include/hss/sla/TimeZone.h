// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hss/Result.h"
#include "hss/sla/PosixTzRule.h"

namespace hss::sla {

/// One IANA time zone's UTC offsets over time, read from a TZif file (RFC 8536, versions 1 to 4) such as those
/// under /usr/share/zoneinfo. Immutable after loading, so one instance may be shared between threads.
class TimeZone final
{
public:
    /// Coordinated Universal Time: offset 0 at every instant.
    static TimeZone utc();

    /// Decodes TZif \a bytes for the zone called \a name. Uses the 64-bit data of v2+ files and their POSIX TZ
    /// footer for instants after the last transition. Truncated or inconsistent data and files with leap-second
    /// records (the "right/" zones; our timestamps have no leap seconds) give InvalidArgument naming \a field.
    static Result<TimeZone> fromTzif(std::string_view bytes, std::string name, std::string_view field = "time_zone");

    /// The IANA name, e.g. "Europe/Berlin".
    const std::string& name() const noexcept { return m_name; }

    /// Seconds east of UTC in force at \a unixMs (CET: 3600, EDT: -14400).
    std::int32_t offsetAt(std::int64_t unixMs) const;

    /// The instant of local wall time \a localMs (milliseconds since 1970-01-01 00:00 on the local clock).
    /// A wall time that occurs twice (fall back) maps to its first occurrence; one skipped by a spring-forward
    /// gap maps to the instant the gap's length later, so 02:30 on a Berlin spring-forward day is 03:30 CEST.
    std::int64_t toUtc(std::int64_t localMs) const;

    /// The local wall time of \a unixMs, in milliseconds since 1970-01-01 00:00 on the local clock.
    std::int64_t toLocal(std::int64_t unixMs) const { return unixMs + std::int64_t {offsetAt(unixMs)} * 1000; }

private:
    TimeZone() = default;

    std::string m_name;
    std::vector<std::int64_t> m_transitions; ///< Unix seconds, strictly ascending.
    std::vector<std::int32_t> m_offsets; ///< Offset in force from the transition with the same index on.
    std::int32_t m_initialOffset = 0; ///< Before the first transition (time type 0).
    std::optional<PosixTzRule> m_footer; ///< After the last transition, when the file has one.
};

} // namespace hss::sla
