// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace hss::triage {

/// Starts a synonym group reference in a phrase: "@harm" matches any word of the group "harm" (by stemWord()).
inline constexpr char groupPrefix = '@';

/// Splits a proximity phrase in two: "@patient ~ @harm" matches when both sides occur, in either order, with at most
/// nearWindow words between them and no clause break. Two of them chain three ideas ("@data ~ @expose ~ @outside"):
/// all three in one clause, in any order, each within nearWindow words of the next.
inline constexpr std::string_view nearWord = "~";
inline constexpr std::size_t nearWindow = 6;

/// Splits a co-occurrence phrase in two: "@rule require & not * @undone" matches when both sides occur anywhere in
/// the same field (title or description), in either order, across sentences. Weaker evidence than "~".
inline constexpr std::string_view togetherWord = "&";

/// True for nearWord and togetherWord, the words that split a phrase in two sides.
inline bool isPairWord(std::string_view word)
{
    return word == nearWord || word == togetherWord;
}

/// The synonym groups phrases may name, in a fixed order (at most 64).
std::vector<std::string_view> synonymGroupNames();

/// The words of group \a name as written; empty when there is no such group.
std::span<const std::string_view> synonymGroupWords(std::string_view name);

/// The position of \a name in synonymGroupNames().
std::optional<std::size_t> synonymGroupIndex(std::string_view name);

/// Bit i is set when a word of group i has the stem \a stem (see stemWord()).
std::uint64_t synonymGroupsOfStem(std::string_view stem);

} // namespace hss::triage
