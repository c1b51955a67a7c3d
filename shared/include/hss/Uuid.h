// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "hss/RandomSource.h"
#include "hss/Result.h"

namespace hss {

/// A 128-bit UUID (RFC 9562) as a value type; default-constructed it is the nil UUID.
/// Ordering is byte-wise, so version 7 ids order by creation time.
class Uuid final
{
public:
    using Bytes = std::array<std::uint8_t, 16>;

    /// The nil UUID (all zero).
    constexpr Uuid() noexcept = default;

    /// A UUID with exactly these bytes (network byte order).
    constexpr explicit Uuid(const Bytes& bytes) noexcept
        : m_bytes(bytes)
    { }

    /// A version 7 UUID: 48-bit big-endian \a unixMs, version 7, variant 10, the other 74 bits from \a random.
    /// Throws std::out_of_range when \a unixMs is negative or needs more than 48 bits (a caller bug).
    static Uuid generateV7(std::int64_t unixMs, RandomSource& random);

    /// A version 7 UUID from the system clock and a process-wide generator; thread-safe and strictly increasing
    /// within this process, even within one millisecond or when the system clock steps back.
    static Uuid createV7();

    /// Parses the canonical 8-4-4-4-12 hex form (either case). Anything else, including braces, "urn:uuid:" and
    /// path fragments, gives InvalidArgument naming \a field.
    static Result<Uuid> parse(std::string_view text, std::string_view field = "id");

    /// Lowercase canonical form, e.g. "01932c07-a2b1-7c3d-8e4f-0123456789ab".
    std::string toString() const;

    /// The raw bytes (network byte order).
    constexpr const Bytes& bytes() const noexcept { return m_bytes; }

    /// The version number stored in bits 48..51 (7 for generateV7()).
    int version() const noexcept;

    /// True when the variant bits are 10 (the RFC 9562 variant).
    bool isRfc9562Variant() const noexcept;

    /// The embedded Unix time in milliseconds for a version 7 UUID, otherwise std::nullopt.
    std::optional<std::int64_t> timestampMs() const noexcept;

    /// True for the nil UUID.
    bool isNil() const noexcept;

    /// Byte-wise comparison.
    friend constexpr auto operator<=>(const Uuid&, const Uuid&) = default;

private:
    Bytes m_bytes {};
};

} // namespace hss

/// Hash support so Uuid can key unordered containers.
template <>
struct std::hash<hss::Uuid>
{
    std::size_t operator()(const hss::Uuid& uuid) const noexcept;
};
