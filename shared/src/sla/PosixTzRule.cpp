// SPDX-License-Identifier: MIT
#include "hss/sla/PosixTzRule.h"

#include <optional>
#include <string>

#include "hss/Timestamp.h"

namespace hss::sla {

namespace {

constexpr std::int64_t secondsPerDay = 86'400;

std::int64_t floorDiv(std::int64_t a, std::int64_t b) noexcept
{
    const std::int64_t quotient = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? quotient - 1 : quotient;
}

/// A cursor over the TZ string; every read returns std::nullopt/false on a syntax error.
class Cursor final
{
public:
    explicit Cursor(std::string_view text)
        : m_text(text)
    { }

    bool atEnd() const { return m_pos == m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    bool take(char c)
    {
        if (peek() == c && !atEnd()) {
            ++m_pos;
            return true;
        }
        return false;
    }

    /// A zone abbreviation: "<...>" quoted or three or more letters.
    bool name()
    {
        if (take('<')) {
            const std::size_t close = m_text.find('>', m_pos);
            if (close == std::string_view::npos || close - m_pos < 3) {
                return false;
            }
            m_pos = close + 1;
            return true;
        }
        const std::size_t start = m_pos;
        while (!atEnd() && ((peek() >= 'A' && peek() <= 'Z') || (peek() >= 'a' && peek() <= 'z'))) {
            ++m_pos;
        }
        return m_pos - start >= 3;
    }

    std::optional<int> number(int maxDigits)
    {
        int value = 0;
        int digits = 0;
        while (digits < maxDigits && peek() >= '0' && peek() <= '9') {
            value = value * 10 + (peek() - '0');
            ++m_pos;
            ++digits;
        }
        return digits == 0 ? std::nullopt : std::optional<int>(value);
    }

    /// [+|-]hh[:mm[:ss]] in seconds, hours up to \a maxHours.
    std::optional<std::int64_t> time(int maxHours)
    {
        int sign = 1;
        if (take('-')) {
            sign = -1;
        } else {
            take('+');
        }
        const auto hours = number(3);
        if (!hours || *hours > maxHours) {
            return std::nullopt;
        }
        std::int64_t seconds = *hours * 3600;
        for (int unit : {60, 1}) {
            if (!take(':')) {
                break;
            }
            const auto part = number(2);
            if (!part || *part > 59) {
                return std::nullopt;
            }
            seconds += *part * unit;
        }
        return sign * seconds;
    }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
};

} // namespace

Result<PosixTzRule> PosixTzRule::parse(std::string_view text, std::string_view field)
{
    const auto invalid = [&](std::string_view why) {
        return Error {ErrorCode::InvalidArgument, std::string(field),
                      "unsupported POSIX TZ rule \"" + std::string(text.substr(0, 64)) + "\": " + std::string(why)};
    };
    Cursor cursor(text);
    PosixTzRule rule;
    if (!cursor.name()) {
        return invalid("bad standard time name");
    }
    const auto stdWest = cursor.time(24);
    if (!stdWest) {
        return invalid("bad standard time offset");
    }
    // POSIX offsets count hours west of Greenwich; ours count seconds east.
    rule.m_stdOffset = static_cast<std::int32_t>(-*stdWest);
    if (cursor.atEnd()) {
        return rule;
    }
    if (!cursor.name()) {
        return invalid("bad daylight time name");
    }
    rule.m_hasDst = true;
    rule.m_dstOffset = rule.m_stdOffset + 3600;
    if (cursor.peek() != ',') {
        const auto dstWest = cursor.time(24);
        if (!dstWest) {
            return invalid("bad daylight time offset");
        }
        rule.m_dstOffset = static_cast<std::int32_t>(-*dstWest);
    }
    for (DateRule* date : {&rule.m_start, &rule.m_end}) {
        if (!cursor.take(',')) {
            return invalid("missing daylight time rule");
        }
        if (cursor.take('M')) {
            date->kind = 'M';
            const auto month = cursor.number(2);
            const bool dot1 = cursor.take('.');
            const auto week = cursor.number(1);
            const bool dot2 = cursor.take('.');
            const auto weekday = cursor.number(1);
            if (!month || !dot1 || !week || !dot2 || !weekday || *month < 1 || *month > 12 || *week < 1 || *week > 5
                || *weekday > 6) {
                return invalid("bad Mm.w.d date");
            }
            date->month = *month;
            date->week = *week;
            date->day = *weekday;
        } else {
            date->kind = cursor.take('J') ? 'J' : 'N';
            const auto day = cursor.number(3);
            if (!day || *day > 365 || (date->kind == 'J' && *day < 1)) {
                return invalid("bad day number");
            }
            date->day = *day;
        }
        if (cursor.take('/')) {
            const auto time = cursor.time(167);
            if (!time) {
                return invalid("bad transition time");
            }
            date->timeSeconds = *time;
        }
    }
    if (!cursor.atEnd()) {
        return invalid("unexpected text after the rule");
    }
    return rule;
}

std::int64_t PosixTzRule::dayOf(const DateRule& rule, std::int64_t year)
{
    const std::int64_t jan1 = daysFromCivil(CivilDate {year, 1, 1});
    if (rule.kind == 'J') {
        // Jn never counts February 29, so day 60 is always March 1.
        return jan1 + rule.day - 1 + (isLeapYear(year) && rule.day >= 60 ? 1 : 0);
    }
    if (rule.kind == 'N') {
        return jan1 + rule.day;
    }
    const auto month = static_cast<unsigned>(rule.month);
    const std::int64_t first = daysFromCivil(CivilDate {year, month, 1});
    const std::int64_t firstWeekday = ((first + 4) % 7 + 7) % 7; // 1970-01-01 was a Thursday (4).
    std::int64_t day = first + (rule.day - firstWeekday + 7) % 7 + (rule.week - 1) * 7;
    while (day >= first + daysInMonth(year, month)) {
        day -= 7;
    }
    return day;
}

std::int32_t PosixTzRule::offsetAt(std::int64_t unixSeconds) const
{
    if (!m_hasDst) {
        return m_stdOffset;
    }
    const std::int64_t year = civilFromDays(floorDiv(unixSeconds + m_stdOffset, secondsPerDay)).year;
    // The start time is given in standard time, the end time in daylight time.
    const std::int64_t start = dayOf(m_start, year) * secondsPerDay + m_start.timeSeconds - m_stdOffset;
    const std::int64_t end = dayOf(m_end, year) * secondsPerDay + m_end.timeSeconds - m_dstOffset;
    const bool dst = start < end ? (unixSeconds >= start && unixSeconds < end)
                                 : !(unixSeconds >= end && unixSeconds < start); // southern hemisphere
    return dst ? m_dstOffset : m_stdOffset;
}

} // namespace hss::sla
