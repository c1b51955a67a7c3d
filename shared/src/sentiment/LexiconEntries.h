// SPDX-License-Identifier: MIT
#pragma once

#include <span>
#include <string_view>

namespace hss::sentiment::detail {

/// A word or phrase (words separated by one space, lower case) and a number: a valence (about -4..4) or, for
/// intensifiers, a multiplier.
struct LexiconEntry
{
    std::string_view term;
    double value;
};

/// Everyday evaluative words.
std::span<const LexiconEntry> generalEntries();
/// Healthcare, clinical workflow, IT operations and AI-product vocabulary.
std::span<const LexiconEntry> domainEntries();
/// Intensifiers (> 1) and diminishers (< 1).
std::span<const LexiconEntry> intensifierEntries();
/// Words that turn the sentiment after them around.
std::span<const std::string_view> negatorWords();
/// Words after which the clause weighs more than the text before.
std::span<const std::string_view> contrastWords();

} // namespace hss::sentiment::detail
