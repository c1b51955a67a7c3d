// SPDX-License-Identifier: MIT
#include "hss/Uuid.h"

#include <stdexcept>

#include "hss/StdRandomSource.h"
#include "hss/SystemClock.h"
#include "hss/UuidV7Generator.h"

namespace hss {

namespace {

constexpr std::int64_t maxUnixMs48 = (std::int64_t {1} << 48) - 1;
constexpr std::size_t canonicalLength = 36;
constexpr char hexDigits[] = "0123456789abcdef";

bool isDashPosition(std::size_t pos)
{
    return pos == 8 || pos == 13 || pos == 18 || pos == 23;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

} // namespace

Uuid Uuid::generateV7(std::int64_t unixMs, RandomSource& random)
{
    if (unixMs < 0 || unixMs > maxUnixMs48) {
        throw std::out_of_range("Uuid::generateV7: timestamp does not fit 48 bits");
    }
    Bytes bytes {};
    for (int i = 0; i < 6; ++i) {
        bytes[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(unixMs >> (8 * (5 - i)));
    }
    const std::uint64_t randomHigh = random.nextU64();
    const std::uint64_t randomLow = random.nextU64();
    for (std::size_t i = 0; i < 2; ++i) {
        bytes[6 + i] = static_cast<std::uint8_t>(randomHigh >> (8 * i));
    }
    for (std::size_t i = 0; i < 8; ++i) {
        bytes[8 + i] = static_cast<std::uint8_t>(randomLow >> (8 * i));
    }
    bytes[6] = static_cast<std::uint8_t>(0x70 | (bytes[6] & 0x0F));
    bytes[8] = static_cast<std::uint8_t>(0x80 | (bytes[8] & 0x3F));
    return Uuid(bytes);
}

Uuid Uuid::createV7()
{
    static const SystemClock clock;
    static StdRandomSource random;
    static UuidV7Generator generator(clock, random);
    return generator.next();
}

Result<Uuid> Uuid::parse(std::string_view text, std::string_view field)
{
    const auto invalid = [&] {
        return Error {ErrorCode::InvalidArgument, std::string(field),
                      "not a UUID (expected 36 characters: 8-4-4-4-12 hexadecimal digits)"};
    };
    if (text.size() != canonicalLength) {
        return invalid();
    }
    Bytes bytes {};
    std::size_t byteIndex = 0;
    for (std::size_t pos = 0; pos < canonicalLength; ++pos) {
        if (isDashPosition(pos)) {
            if (text[pos] != '-') {
                return invalid();
            }
            continue;
        }
        const int high = hexValue(text[pos]);
        const int low = pos + 1 < canonicalLength ? hexValue(text[pos + 1]) : -1;
        if (high < 0 || low < 0) {
            return invalid();
        }
        bytes[byteIndex++] = static_cast<std::uint8_t>(high << 4 | low);
        ++pos;
    }
    return Uuid(bytes);
}

std::string Uuid::toString() const
{
    std::string text;
    text.reserve(canonicalLength);
    for (std::size_t i = 0; i < m_bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) {
            text.push_back('-');
        }
        text.push_back(hexDigits[m_bytes[i] >> 4]);
        text.push_back(hexDigits[m_bytes[i] & 0x0F]);
    }
    return text;
}

int Uuid::version() const noexcept
{
    return m_bytes[6] >> 4;
}

bool Uuid::isRfc9562Variant() const noexcept
{
    return (m_bytes[8] & 0xC0) == 0x80;
}

std::optional<std::int64_t> Uuid::timestampMs() const noexcept
{
    if (version() != 7) {
        return std::nullopt;
    }
    std::int64_t ms = 0;
    for (std::size_t i = 0; i < 6; ++i) {
        ms = ms << 8 | m_bytes[i];
    }
    return ms;
}

bool Uuid::isNil() const noexcept
{
    return m_bytes == Bytes {};
}

} // namespace hss

std::size_t std::hash<hss::Uuid>::operator()(const hss::Uuid& uuid) const noexcept
{
    // FNV-1a over the 16 bytes: v7 ids share their leading time bytes, so every byte must contribute.
    std::uint64_t value = 14'695'981'039'346'656'037ULL;
    for (const std::uint8_t byte : uuid.bytes()) {
        value = (value ^ byte) * 1'099'511'628'211ULL;
    }
    return static_cast<std::size_t>(value);
}
