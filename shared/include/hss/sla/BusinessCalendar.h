// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "hss/Result.h"
#include "hss/Timestamp.h"

namespace hss::sla {

/// One stretch of working time within a day, in minutes after local midnight: [startMinute, endMinute).
/// endMinute 1440 means midnight at the end of the day; a night shift is two intervals on consecutive days.
struct WorkingInterval
{
    int startMinute = 0; ///< 0..1439
    int endMinute = 0; ///< startMinute+1..1440

    friend bool operator==(const WorkingInterval&, const WorkingInterval&) = default;
};

/// When SLA clocks run: working hours per weekday in an IANA time zone, minus holidays; or always (24/7).
/// JSON: {"id", "name", "time_zone", "always_open", "hours": [{"day": "monday", "start": "09:00", "end": "17:00"},
/// ...], "holidays": ["2026-12-25", ...]}. Times of day are "HH:MM", with "24:00" allowed as an end.
struct BusinessCalendar
{
    std::string id; ///< Referenced by policies: 1..64 of [a-z0-9_-].
    std::string name; ///< Shown to admins: 1..limits::titleMax characters.
    std::string timeZone = "UTC"; ///< IANA name, e.g. "Europe/Berlin"; holidays and hours are local to it.
    bool alwaysOpen = false; ///< 24/7: hours and holidays are ignored.
    std::array<std::vector<WorkingInterval>, 7> hours; ///< Index 0 is Monday, 6 Sunday; sorted, not overlapping.
    std::vector<CivilDate> holidays; ///< Local dates with no working time, sorted ascending, no duplicates.

    friend bool operator==(const BusinessCalendar&, const BusinessCalendar&) = default;
};

/// Weekday names as used in JSON, Monday first.
inline constexpr std::array<const char*, 7> weekdayNames {"monday", "tuesday",  "wednesday", "thursday",
                                                          "friday", "saturday", "sunday"};

/// Success or the first broken rule, naming the field ("hours.monday[1].end"). Checks the time zone name's syntax
/// only; whether the zone exists is checked when the calendar is used (TimeZoneDatabase).
Status validate(const BusinessCalendar& calendar);

/// The JSON object for \a calendar.
nlohmann::json toJson(const BusinessCalendar& calendar);

/// Decodes and validates a calendar; errors are prefixed with \a prefix ("calendars[0].").
Result<BusinessCalendar> businessCalendarFromJson(const nlohmann::json& json, const std::string& prefix = {});

/// "HH:MM" for \a minute (0..1440).
std::string formatMinuteOfDay(int minute);

} // namespace hss::sla
