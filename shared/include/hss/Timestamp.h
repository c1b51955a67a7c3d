// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "hss/Result.h"

// Timestamps are std::int64_t milliseconds since 1970-01-01T00:00:00Z (UTC, no leap seconds), written on the
// wire as ISO-8601 / RFC 3339 text such as "2026-11-26T08:00:00.000Z".
namespace hss {

/// The earliest timestamp the wire format carries: 0001-01-01T00:00:00.000Z.
inline constexpr std::int64_t minTimestampMs = -62'135'596'800'000;
/// The latest timestamp the wire format carries: 9999-12-31T23:59:59.999Z.
inline constexpr std::int64_t maxTimestampMs = 253'402'300'799'999;

/// A proleptic Gregorian calendar date.
struct CivilDate
{
    std::int64_t year = 1970;
    unsigned month = 1; ///< 1..12
    unsigned day = 1; ///< 1..31

    /// Equal when year, month and day are equal.
    friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

/// True for a Gregorian leap year (divisible by 4, except centuries not divisible by 400).
bool isLeapYear(std::int64_t year) noexcept;

/// Number of days in \a month (1..12) of \a year.
unsigned daysInMonth(std::int64_t year, unsigned month) noexcept;

/// Days since 1970-01-01 of a valid civil date (Howard Hinnant's days_from_civil).
std::int64_t daysFromCivil(const CivilDate& date) noexcept;

/// The civil date \a days after 1970-01-01 (negative: before).
CivilDate civilFromDays(std::int64_t days) noexcept;

/// True when \a unixMs lies in [minTimestampMs, maxTimestampMs].
bool isTimestampInRange(std::int64_t unixMs) noexcept;

/// Formats \a unixMs as "YYYY-MM-DDTHH:MM:SS.mmmZ"; values outside the range get a signed, widened year.
std::string formatTimestamp(std::int64_t unixMs);

/// Parses "YYYY-MM-DDTHH:MM:SS[.fraction](Z|+hh:mm|-hh:mm)"; digits after the milliseconds are truncated.
/// Garbage gives InvalidArgument, a result outside the supported range OutOfRange; both name \a field.
Result<std::int64_t> parseTimestamp(std::string_view text, std::string_view field = "timestamp");

} // namespace hss
