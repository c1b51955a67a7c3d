// SPDX-License-Identifier: MIT
#include "hss/sla/BusinessCalendar.h"

#include <algorithm>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "../FieldRules.h"
#include "../JsonObjectReader.h"
#include "hss/Limits.h"
#include "hss/sla/TimeZoneDatabase.h"

namespace hss::sla {

namespace {

constexpr int minutesPerDay = 1440;
constexpr std::size_t idMax = 64;

std::string dayField(std::size_t day, std::size_t index)
{
    return "hours." + std::string(weekdayNames[day]) + "[" + std::to_string(index) + "]";
}

std::optional<int> twoDigits(std::string_view text, std::size_t at)
{
    if (text.size() < at + 2 || text[at] < '0' || text[at] > '9' || text[at + 1] < '0' || text[at + 1] > '9') {
        return std::nullopt;
    }
    return (text[at] - '0') * 10 + (text[at + 1] - '0');
}

Result<int> parseMinuteOfDay(std::string_view text, const std::string& field)
{
    const auto hours = twoDigits(text, 0);
    const auto minutes = twoDigits(text, 3);
    if (text.size() != 5 || text[2] != ':' || !hours || !minutes || *minutes > 59 || *hours > 24
        || (*hours == 24 && *minutes != 0)) {
        return Error {ErrorCode::InvalidArgument, field, "expected a time of day HH:MM (00:00..24:00)"};
    }
    return *hours * 60 + *minutes;
}

Result<CivilDate> parseDate(std::string_view text, const std::string& field)
{
    const auto invalid = Error {ErrorCode::InvalidArgument, field, "expected a date YYYY-MM-DD"};
    const auto century = twoDigits(text, 0);
    const auto year = twoDigits(text, 2);
    const auto month = twoDigits(text, 5);
    const auto day = twoDigits(text, 8);
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !century || !year || !month || !day) {
        return invalid;
    }
    const CivilDate date {*century * 100 + *year, static_cast<unsigned>(*month), static_cast<unsigned>(*day)};
    if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month)) {
        return Error {ErrorCode::InvalidArgument, field, "no such calendar date"};
    }
    return date;
}

std::string formatDate(const CivilDate& date)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02u", static_cast<long long>(date.year), date.month, date.day);
    return buffer;
}

bool before(const CivilDate& a, const CivilDate& b)
{
    return daysFromCivil(a) < daysFromCivil(b);
}

/// Range and order of one interval; \a field ends with '.' ("hours[3].").
Status checkInterval(const WorkingInterval& interval, const WorkingInterval* previous, const std::string& field)
{
    if (interval.startMinute < 0 || interval.startMinute >= minutesPerDay) {
        return Error {ErrorCode::OutOfRange, field + "start", "must lie in 00:00..23:59"};
    }
    if (interval.endMinute <= interval.startMinute || interval.endMinute > minutesPerDay) {
        return Error {ErrorCode::OutOfRange, field + "end", "must lie after start, up to 24:00"};
    }
    if (previous != nullptr && interval.startMinute < previous->endMinute) {
        return Error {ErrorCode::InvalidArgument, field + "start",
                      "intervals of a day must be sorted and must not overlap"};
    }
    return okStatus();
}

Status checkId(const std::string& id)
{
    const bool charsOk = std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
    if (id.empty() || id.size() > idMax || !charsOk) {
        return Error {ErrorCode::InvalidArgument, "id", "use 1 to 64 of a-z, 0-9, '_' and '-'"};
    }
    return okStatus();
}

} // namespace

std::string formatMinuteOfDay(int minute)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", minute / 60, minute % 60);
    return buffer;
}

Status validate(const BusinessCalendar& calendar)
{
    if (auto id = checkId(calendar.id); !id) {
        return id;
    }
    if (auto name = detail::checkText("name", calendar.name, limits::titleMax, true, detail::Lines::Single); !name) {
        return name;
    }
    if (!TimeZoneDatabase::isValidName(calendar.timeZone)) {
        return Error {ErrorCode::InvalidArgument, "time_zone", "not an IANA time zone name (e.g. Europe/Berlin)"};
    }
    bool anyHours = false;
    for (std::size_t day = 0; day < calendar.hours.size(); ++day) {
        const auto& intervals = calendar.hours[day];
        for (std::size_t i = 0; i < intervals.size(); ++i) {
            const WorkingInterval* previous = i > 0 ? &intervals[i - 1] : nullptr;
            if (auto status = checkInterval(intervals[i], previous, dayField(day, i) + "."); !status) {
                return status;
            }
            anyHours = true;
        }
    }
    if (!calendar.alwaysOpen && !anyHours) {
        return Error {ErrorCode::MissingField, "hours", "a calendar that is not always open needs working hours"};
    }
    for (std::size_t i = 1; i < calendar.holidays.size(); ++i) {
        if (!before(calendar.holidays[i - 1], calendar.holidays[i])) {
            return Error {ErrorCode::InvalidArgument, "holidays[" + std::to_string(i) + "]",
                          "holidays must be sorted ascending without duplicates"};
        }
    }
    return okStatus();
}

nlohmann::json toJson(const BusinessCalendar& calendar)
{
    auto hours = nlohmann::json::array();
    for (std::size_t day = 0; day < calendar.hours.size(); ++day) {
        for (const auto& interval : calendar.hours[day]) {
            hours.push_back({{"day", weekdayNames[day]},
                             {"start", formatMinuteOfDay(interval.startMinute)},
                             {"end", formatMinuteOfDay(interval.endMinute)}});
        }
    }
    auto holidays = nlohmann::json::array();
    for (const auto& date : calendar.holidays) {
        holidays.push_back(formatDate(date));
    }
    return nlohmann::json {{"id", calendar.id},
                           {"name", calendar.name},
                           {"time_zone", calendar.timeZone},
                           {"always_open", calendar.alwaysOpen},
                           {"hours", hours},
                           {"holidays", holidays}};
}

Result<BusinessCalendar> businessCalendarFromJson(const nlohmann::json& json, const std::string& prefix)
{
    detail::JsonObjectReader reader(json, prefix);
    BusinessCalendar calendar;
    reader.string("id", calendar.id);
    reader.string("name", calendar.name);
    reader.string("time_zone", calendar.timeZone);
    reader.boolean("always_open", calendar.alwaysOpen);
    if (const auto* hours = reader.array("hours")) {
        for (std::size_t i = 0; i < hours->size() && !reader.failed(); ++i) {
            detail::JsonObjectReader entry((*hours)[i], reader.elementName("hours", i) + ".");
            std::string day;
            std::string start;
            std::string end;
            entry.string("day", day);
            entry.string("start", start);
            entry.string("end", end);
            if (auto status = entry.finish(); !status) {
                return status.error();
            }
            const auto dayIt = std::find(weekdayNames.begin(), weekdayNames.end(), day);
            if (dayIt == weekdayNames.end()) {
                return Error {ErrorCode::UnknownValue, entry.fieldName("day"), "expected monday .. sunday"};
            }
            auto startMinute = parseMinuteOfDay(start, entry.fieldName("start"));
            auto endMinute = parseMinuteOfDay(end, entry.fieldName("end"));
            if (!startMinute || !endMinute) {
                return startMinute ? endMinute.error() : startMinute.error();
            }
            auto& intervals = calendar.hours[static_cast<std::size_t>(dayIt - weekdayNames.begin())];
            const WorkingInterval interval {startMinute.value(), endMinute.value()};
            // Checked here too so that the error names the JSON element rather than the weekday slot.
            if (auto status =
                    checkInterval(interval, intervals.empty() ? nullptr : &intervals.back(), entry.fieldName(""));
                !status) {
                return status.error();
            }
            intervals.push_back(interval);
        }
    }
    std::vector<std::string> holidays;
    reader.stringList("holidays", holidays);
    if (auto status = reader.finish(); !status) {
        return status.error();
    }
    for (std::size_t i = 0; i < holidays.size(); ++i) {
        auto date = parseDate(holidays[i], reader.elementName("holidays", i));
        if (!date) {
            return date.error();
        }
        calendar.holidays.push_back(date.value());
    }
    if (auto valid = validate(calendar); !valid) {
        return withFieldPrefix(valid.error(), prefix);
    }
    return calendar;
}

} // namespace hss::sla
