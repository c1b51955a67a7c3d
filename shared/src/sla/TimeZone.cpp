// SPDX-License-Identifier: MIT
#include "hss/sla/TimeZone.h"

#include <algorithm>

namespace hss::sla {

namespace {

constexpr std::size_t headerSize = 44;
constexpr std::int64_t msPerDay = 86'400'000;
// RFC 8536 3.2: offsets lie in -89999..93599 seconds; counts beyond these are surely a damaged file.
constexpr std::int32_t offsetMin = -89'999;
constexpr std::int32_t offsetMax = 93'599;
constexpr std::uint32_t countMax = 1'000'000;

std::int64_t floorDiv(std::int64_t a, std::int64_t b) noexcept
{
    const std::int64_t quotient = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? quotient - 1 : quotient;
}

/// Big-endian reads over the file's bytes; a read past the end sets failed and returns 0.
class ByteReader final
{
public:
    explicit ByteReader(std::string_view bytes)
        : m_bytes(bytes)
    { }

    bool failed() const noexcept { return m_failed; }
    std::size_t position() const noexcept { return m_pos; }
    std::string_view rest() const { return m_bytes.substr(std::min(m_pos, m_bytes.size())); }

    std::uint64_t unsignedBytes(std::size_t count)
    {
        if (m_failed || m_bytes.size() - m_pos < count) {
            m_failed = true;
            return 0;
        }
        std::uint64_t value = 0;
        for (std::size_t i = 0; i < count; ++i) {
            value = (value << 8) | static_cast<unsigned char>(m_bytes[m_pos + i]);
        }
        m_pos += count;
        return value;
    }

    std::int64_t signedBytes(std::size_t count)
    {
        const std::uint64_t raw = unsignedBytes(count);
        if (count == 8) {
            return static_cast<std::int64_t>(raw);
        }
        return static_cast<std::int32_t>(static_cast<std::uint32_t>(raw));
    }

    void skip(std::uint64_t count)
    {
        if (m_failed || m_bytes.size() - m_pos < count) {
            m_failed = true;
            return;
        }
        m_pos += static_cast<std::size_t>(count);
    }

private:
    std::string_view m_bytes;
    std::size_t m_pos = 0;
    bool m_failed = false;
};

struct Header
{
    char version = 0;
    std::uint32_t isUtCount = 0;
    std::uint32_t isStdCount = 0;
    std::uint32_t leapCount = 0;
    std::uint32_t timeCount = 0;
    std::uint32_t typeCount = 0;
    std::uint32_t charCount = 0;

    /// Size of the data block that follows the header, with \a timeSize-byte times.
    std::uint64_t dataSize(std::uint64_t timeSize) const
    {
        return timeCount * timeSize + timeCount + typeCount * 6ULL + charCount + leapCount * (timeSize + 4) + isStdCount
            + isUtCount;
    }
};

std::optional<Header> readHeader(ByteReader& reader)
{
    if (reader.rest().substr(0, 4) != "TZif" || reader.rest().size() < headerSize) {
        return std::nullopt;
    }
    reader.skip(4);
    Header header;
    header.version = static_cast<char>(reader.unsignedBytes(1));
    reader.skip(15);
    for (std::uint32_t* count : {&header.isUtCount, &header.isStdCount, &header.leapCount, &header.timeCount,
                                 &header.typeCount, &header.charCount}) {
        *count = static_cast<std::uint32_t>(reader.unsignedBytes(4));
        if (*count > countMax) {
            return std::nullopt;
        }
    }
    return header;
}

} // namespace

TimeZone TimeZone::utc()
{
    TimeZone zone;
    zone.m_name = "UTC";
    return zone;
}

Result<TimeZone> TimeZone::fromTzif(std::string_view bytes, std::string name, std::string_view field)
{
    const auto invalid = [&](std::string_view why) {
        return Error {ErrorCode::InvalidArgument, std::string(field),
                      "time zone " + name + ": not a usable TZif file: " + std::string(why)};
    };
    ByteReader reader(bytes);
    auto header = readHeader(reader);
    if (!header) {
        return invalid("bad header");
    }
    std::size_t timeSize = 4;
    if (header->version != '\0') {
        // v2+: skip the 32-bit block and read the 64-bit one, which covers all instants.
        reader.skip(header->dataSize(4));
        header = readHeader(reader);
        if (reader.failed() || !header) {
            return invalid("bad second header");
        }
        timeSize = 8;
    }
    if (header->leapCount != 0) {
        return invalid("leap-second zones are not supported");
    }
    if (header->typeCount == 0 || header->charCount == 0) {
        return invalid("no local time types");
    }
    TimeZone zone;
    zone.m_name = std::move(name);
    std::vector<std::int64_t> times(header->timeCount);
    for (auto& time : times) {
        time = reader.signedBytes(timeSize);
    }
    std::vector<std::uint8_t> typeIndices(header->timeCount);
    for (auto& index : typeIndices) {
        index = static_cast<std::uint8_t>(reader.unsignedBytes(1));
    }
    std::vector<std::int32_t> typeOffsets(header->typeCount);
    for (auto& offset : typeOffsets) {
        offset = static_cast<std::int32_t>(reader.signedBytes(4));
        reader.skip(2); // isdst and abbreviation index: not needed for offsets
    }
    reader.skip(std::uint64_t {header->charCount} + header->isStdCount + header->isUtCount);
    if (reader.failed()) {
        return invalid("truncated data");
    }
    for (std::size_t i = 0; i < times.size(); ++i) {
        if ((i > 0 && times[i] <= times[i - 1]) || typeIndices[i] >= header->typeCount) {
            return invalid("transitions out of order or with an unknown type");
        }
        zone.m_offsets.push_back(typeOffsets[typeIndices[i]]);
    }
    for (const auto offset : typeOffsets) {
        if (offset < offsetMin || offset > offsetMax) {
            return invalid("UTC offset out of range");
        }
    }
    zone.m_transitions = std::move(times);
    zone.m_initialOffset = typeOffsets.front();
    if (timeSize == 8) {
        const std::string_view footer = reader.rest();
        if (footer.size() < 2 || footer.front() != '\n') {
            return invalid("missing footer");
        }
        const std::size_t end = footer.find('\n', 1);
        if (end == std::string_view::npos) {
            return invalid("unterminated footer");
        }
        const std::string_view tz = footer.substr(1, end - 1);
        // An empty footer means the zone has no rule beyond its last transition.
        if (!tz.empty()) {
            auto rule = PosixTzRule::parse(tz, field);
            if (!rule) {
                return rule.error();
            }
            zone.m_footer = std::move(rule).value();
        }
    }
    return zone;
}

std::int32_t TimeZone::offsetAt(std::int64_t unixMs) const
{
    const std::int64_t seconds = floorDiv(unixMs, 1000);
    if (m_transitions.empty() || seconds >= m_transitions.back()) {
        if (m_footer) {
            return m_footer->offsetAt(seconds);
        }
        return m_transitions.empty() ? m_initialOffset : m_offsets.back();
    }
    const auto it = std::upper_bound(m_transitions.begin(), m_transitions.end(), seconds);
    if (it == m_transitions.begin()) {
        return m_initialOffset;
    }
    return m_offsets[static_cast<std::size_t>(it - m_transitions.begin() - 1)];
}

std::int64_t TimeZone::toUtc(std::int64_t localMs) const
{
    // Offsets stay within ±26 h, so the offsets a day either side bracket any transition near localMs.
    const std::int64_t before = offsetAt(localMs - msPerDay);
    const std::int64_t after = offsetAt(localMs + msPerDay);
    const std::int64_t first = localMs - std::max(before, after) * 1000;
    const std::int64_t second = localMs - std::min(before, after) * 1000;
    if (offsetAt(first) * std::int64_t {1000} == localMs - first) {
        return first;
    }
    if (offsetAt(second) * std::int64_t {1000} == localMs - second) {
        return second;
    }
    // In a gap: read the wall time with the offset from before the gap, which lands after it.
    return localMs - before * 1000;
}

} // namespace hss::sla
