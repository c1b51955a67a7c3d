// SPDX-License-Identifier: MIT
#include "hss/sla/TimeZoneDatabase.h"

#include <algorithm>
#include <fstream>

namespace hss::sla {

namespace {

// The largest TZif file in tzdata 2025 is about 4 KiB (fat); anything far larger is not a zone file.
constexpr std::streamoff fileSizeMax = 1 << 20;
constexpr std::size_t nameMax = 64;

bool isNameChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
        || c == '+' || c == '/';
}

} // namespace

TimeZoneDatabase::TimeZoneDatabase(std::string directory)
    : m_directory(std::move(directory))
{ }

bool TimeZoneDatabase::isValidName(std::string_view name)
{
    if (name.empty() || name.size() > nameMax || name.front() == '/' || name.back() == '/'
        || name.find("..") != std::string_view::npos || name.find("//") != std::string_view::npos) {
        return false;
    }
    for (const char c : name) {
        if (!isNameChar(c)) {
            return false;
        }
    }
    return true;
}

Result<std::shared_ptr<const TimeZone>> TimeZoneDatabase::zone(std::string_view name, std::string_view field) const
{
    if (!isValidName(name)) {
        return Error {ErrorCode::InvalidArgument, std::string(field),
                      "not an IANA time zone name (expected e.g. Europe/Berlin)"};
    }
    const std::lock_guard lock(m_mutex);
    if (const auto it = m_cache.find(name); it != m_cache.end()) {
        return it->second;
    }
    std::shared_ptr<const TimeZone> loaded;
    std::ifstream file(m_directory + "/" + std::string(name), std::ios::binary);
    if (file) {
        file.seekg(0, std::ios::end);
        const std::streamoff size = file.tellg();
        file.seekg(0, std::ios::beg);
        if (size < 0 || size > fileSizeMax) {
            return Error {ErrorCode::InvalidArgument, std::string(field),
                          "time zone " + std::string(name) + ": file is not a TZif file"};
        }
        // read() into a sized buffer: istreambuf_iterator trips GCC 12's -Wnull-dereference at -O2.
        std::string bytes(static_cast<std::size_t>(size), '\0');
        file.read(bytes.data(), size);
        bytes.resize(static_cast<std::size_t>(std::max<std::streamsize>(file.gcount(), 0)));
        auto decoded = TimeZone::fromTzif(bytes, std::string(name), field);
        if (!decoded) {
            return decoded.error();
        }
        loaded = std::make_shared<const TimeZone>(std::move(decoded).value());
    } else if (name == "UTC") {
        // UTC needs no data, so it works on machines without tzdata (e.g. a Windows console).
        loaded = std::make_shared<const TimeZone>(TimeZone::utc());
    } else {
        return Error {ErrorCode::NotFound, std::string(field),
                      "unknown time zone " + std::string(name) + " (no file under " + m_directory + ")"};
    }
    m_cache.emplace(std::string(name), loaded);
    return loaded;
}

} // namespace hss::sla
