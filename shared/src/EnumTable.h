// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include "MessageText.h"
#include "hss/Result.h"

namespace hss::detail {

/// A fixed table of enumerators and their wire names, shared by the enum codecs.
template <class E, std::size_t N>
class EnumTable final
{
public:
    using Entry = std::pair<E, std::string_view>;

    /// A table named \a typeName (used in messages) over \a entries.
    constexpr EnumTable(std::string_view typeName, const std::array<Entry, N>& entries)
        : m_typeName(typeName)
        , m_entries(entries)
    { }

    /// The wire name of \a value; throws std::invalid_argument for a value outside the enumeration (a bug).
    std::string_view name(E value) const
    {
        for (const auto& [entry, wireName] : m_entries) {
            if (entry == value) {
                return wireName;
            }
        }
        throw std::invalid_argument(std::string(m_typeName) + ": value outside the enumeration");
    }

    /// The enumerator called \a text, or UnknownValue naming \a field.
    Result<E> parse(std::string_view text, std::string_view field) const
    {
        for (const auto& [entry, wireName] : m_entries) {
            if (wireName == text) {
                return entry;
            }
        }
        std::string expected;
        for (const auto& entry : m_entries) {
            expected += expected.empty() ? "" : ", ";
            expected += entry.second;
        }
        return Error {ErrorCode::UnknownValue, std::string(field),
                      "unknown " + std::string(m_typeName) + " " + quoteForMessage(text)
                          + " (expected one of: " + expected + ")"};
    }

private:
    std::string_view m_typeName;
    std::array<Entry, N> m_entries;
};

} // namespace hss::detail
