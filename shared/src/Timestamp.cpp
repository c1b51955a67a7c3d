// SPDX-License-Identifier: MIT
#include "hss/Timestamp.h"

#include <cstdio>
#include <optional>

namespace hss {

namespace {

constexpr std::int64_t msPerSecond = 1000;
constexpr std::int64_t msPerMinute = 60 * msPerSecond;
constexpr std::int64_t msPerHour = 60 * msPerMinute;
constexpr std::int64_t msPerDay = 24 * msPerHour;

/// Floor division: rounds towards negative infinity, so times before 1970 land on the right day.
constexpr std::int64_t floorDiv(std::int64_t a, std::int64_t b) noexcept
{
    const std::int64_t quotient = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? quotient - 1 : quotient;
}

/// A cursor over the text that reads fixed-width decimal fields and literal characters.
class Scanner
{
public:
    explicit Scanner(std::string_view text)
        : m_text(text)
    { }

    std::optional<int> digits(std::size_t count)
    {
        if (m_pos + count > m_text.size()) {
            return std::nullopt;
        }
        int value = 0;
        for (std::size_t i = 0; i < count; ++i) {
            const char c = m_text[m_pos + i];
            if (c < '0' || c > '9') {
                return std::nullopt;
            }
            value = value * 10 + (c - '0');
        }
        m_pos += count;
        return value;
    }

    bool literal(char expected)
    {
        if (m_pos < m_text.size() && m_text[m_pos] == expected) {
            ++m_pos;
            return true;
        }
        return false;
    }

    bool literalEither(char upper, char lower) { return literal(upper) || literal(lower); }

    bool atEnd() const { return m_pos == m_text.size(); }

    /// Reads one or more digits as a fraction of a second, keeping millisecond precision.
    std::optional<int> fractionMs()
    {
        int ms = 0;
        std::size_t count = 0;
        while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9') {
            if (count < 3) {
                ms = ms * 10 + (m_text[m_pos] - '0');
            }
            ++count;
            ++m_pos;
        }
        if (count == 0 || count > 9) {
            return std::nullopt;
        }
        for (std::size_t i = count; i < 3; ++i) {
            ms *= 10;
        }
        return ms;
    }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
};

Error garbage(std::string_view field, std::string_view why)
{
    return Error {ErrorCode::InvalidArgument, std::string(field),
                  "not an ISO-8601 timestamp (expected YYYY-MM-DDTHH:MM:SS[.fff]Z): " + std::string(why)};
}

/// Reads "Z", "+hh:mm" or "-hh:mm" and returns the offset east of UTC in milliseconds.
std::optional<std::int64_t> readOffsetMs(Scanner& scanner)
{
    if (scanner.literalEither('Z', 'z')) {
        return 0;
    }
    int sign = 0;
    if (scanner.literal('+')) {
        sign = 1;
    } else if (scanner.literal('-')) {
        sign = -1;
    } else {
        return std::nullopt;
    }
    const auto hours = scanner.digits(2);
    if (!hours || !scanner.literal(':')) {
        return std::nullopt;
    }
    const auto minutes = scanner.digits(2);
    if (!minutes || *hours > 23 || *minutes > 59) {
        return std::nullopt;
    }
    return sign * (*hours * msPerHour + *minutes * msPerMinute);
}

} // namespace

bool isLeapYear(std::int64_t year) noexcept
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

unsigned daysInMonth(std::int64_t year, unsigned month) noexcept
{
    constexpr unsigned lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) {
        return 0;
    }
    return month == 2 && isLeapYear(year) ? 29 : lengths[month - 1];
}

std::int64_t daysFromCivil(const CivilDate& date) noexcept
{
    // Shift the year to start in March so the leap day is the last day of the (shifted) year.
    const std::int64_t year = date.month <= 2 ? date.year - 1 : date.year;
    const std::int64_t era = floorDiv(year, 400);
    const std::int64_t yearOfEra = year - era * 400;
    const std::int64_t month = date.month;
    const std::int64_t dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + date.day - 1;
    const std::int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146'097 + dayOfEra - 719'468;
}

CivilDate civilFromDays(std::int64_t days) noexcept
{
    const std::int64_t shifted = days + 719'468;
    const std::int64_t era = floorDiv(shifted, 146'097);
    const std::int64_t dayOfEra = shifted - era * 146'097;
    const std::int64_t yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36'524 - dayOfEra / 146'096) / 365;
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const std::int64_t shiftedMonth = (5 * dayOfYear + 2) / 153;
    CivilDate date;
    date.day = static_cast<unsigned>(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    date.month = static_cast<unsigned>(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    date.year = yearOfEra + era * 400 + (date.month <= 2 ? 1 : 0);
    return date;
}

bool isTimestampInRange(std::int64_t unixMs) noexcept
{
    return unixMs >= minTimestampMs && unixMs <= maxTimestampMs;
}

std::string formatTimestamp(std::int64_t unixMs)
{
    const std::int64_t days = floorDiv(unixMs, msPerDay);
    const std::int64_t msOfDay = unixMs - days * msPerDay;
    const CivilDate date = civilFromDays(days);
    const auto hour = static_cast<int>(msOfDay / msPerHour);
    const auto minute = static_cast<int>(msOfDay % msPerHour / msPerMinute);
    const auto second = static_cast<int>(msOfDay % msPerMinute / msPerSecond);
    const auto millis = static_cast<int>(msOfDay % msPerSecond);
    if (date.year >= 0 && date.year <= 9999) {
        // Digits written directly: this runs for every timestamp of every API answer, and snprintf is slow.
        std::string text = "0000-00-00T00:00:00.000Z";
        const auto put = [&text](std::size_t end, long long value, int width) {
            for (int i = 1; i <= width; ++i, value /= 10) {
                text[end - static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
            }
        };
        put(4, date.year, 4);
        put(7, date.month, 2);
        put(10, date.day, 2);
        put(13, hour, 2);
        put(16, minute, 2);
        put(19, second, 2);
        put(23, millis, 3);
        return text;
    }
    char buffer[64];
    const char* yearFormat = "%+05lld";
    int length = std::snprintf(buffer, sizeof buffer, yearFormat, static_cast<long long>(date.year));
    length += std::snprintf(buffer + length, sizeof buffer - static_cast<std::size_t>(length),
                            "-%02u-%02uT%02d:%02d:%02d.%03dZ", date.month, date.day, hour, minute, second, millis);
    return std::string(buffer, static_cast<std::size_t>(length));
}

Result<std::int64_t> parseTimestamp(std::string_view text, std::string_view field)
{
    Scanner scanner(text);
    const auto year = scanner.digits(4);
    if (!year || !scanner.literal('-')) {
        return garbage(field, "bad year");
    }
    const auto month = scanner.digits(2);
    if (!month || !scanner.literal('-')) {
        return garbage(field, "bad month");
    }
    const auto day = scanner.digits(2);
    if (!day || !scanner.literalEither('T', 't')) {
        return garbage(field, "bad day");
    }
    const auto hour = scanner.digits(2);
    if (!hour || !scanner.literal(':')) {
        return garbage(field, "bad hour");
    }
    const auto minute = scanner.digits(2);
    if (!minute || !scanner.literal(':')) {
        return garbage(field, "bad minute");
    }
    const auto second = scanner.digits(2);
    if (!second) {
        return garbage(field, "bad second");
    }
    int millis = 0;
    if (scanner.literal('.')) {
        const auto fraction = scanner.fractionMs();
        if (!fraction) {
            return garbage(field, "bad fraction of a second");
        }
        millis = *fraction;
    }
    const auto offsetMs = readOffsetMs(scanner);
    if (!offsetMs || !scanner.atEnd()) {
        return garbage(field, "missing or bad UTC offset");
    }
    if (*month < 1 || *month > 12 || *day < 1
        || static_cast<unsigned>(*day) > daysInMonth(*year, static_cast<unsigned>(*month))) {
        return garbage(field, "no such calendar date");
    }
    if (*hour > 23 || *minute > 59 || *second > 59) {
        return garbage(field, "no such time of day");
    }
    const std::int64_t days =
        daysFromCivil(CivilDate {*year, static_cast<unsigned>(*month), static_cast<unsigned>(*day)});
    const std::int64_t local =
        days * msPerDay + *hour * msPerHour + *minute * msPerMinute + *second * msPerSecond + millis;
    const std::int64_t utc = local - *offsetMs;
    if (!isTimestampInRange(utc)) {
        return Error {ErrorCode::OutOfRange, std::string(field), "timestamp outside 0001-01-01 .. 9999-12-31 UTC"};
    }
    return utc;
}

} // namespace hss
