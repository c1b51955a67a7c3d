// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "hss/Result.h"
#include "hss/sla/TimeZone.h"

namespace hss::sla {

/// Loads IANA time zones by name from a directory of TZif files (Debian's tzdata: /usr/share/zoneinfo) and
/// keeps each one after its first use. Thread-safe; zones handed out stay valid for the database's lifetime.
class TimeZoneDatabase final
{
public:
    /// The directory the system's tzdata installs.
    static constexpr std::string_view systemDirectory = "/usr/share/zoneinfo";

    /// A database over \a directory.
    explicit TimeZoneDatabase(std::string directory = std::string(systemDirectory));

    /// The zone called \a name ("UTC" always works, with or without files). A name that is not an IANA-style
    /// path ("Area/City": letters, digits, '_', '-', '+', '/'; no "..") gives InvalidArgument, a name with no
    /// file NotFound, a damaged file InvalidArgument; all name \a field.
    Result<std::shared_ptr<const TimeZone>> zone(std::string_view name, std::string_view field = "time_zone") const;

    /// True when \a name has the syntax of an IANA zone name (the file may still be missing).
    static bool isValidName(std::string_view name);

private:
    std::string m_directory;
    mutable std::mutex m_mutex;
    mutable std::map<std::string, std::shared_ptr<const TimeZone>, std::less<>> m_cache;
};

} // namespace hss::sla
