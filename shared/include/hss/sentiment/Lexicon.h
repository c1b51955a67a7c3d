// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace hss::sentiment {

/// The sentiment vocabulary: valences of words and phrases (about -4..4, as in VADER's scale), negators,
/// intensifiers/diminishers with their multipliers, and contrast words ("but"). The built-in lexicon is written by
/// the project (general words plus healthcare and AI-product vocabulary) and lives for the whole program.
class Lexicon final
{
public:
    /// The project's lexicon (shared/src/sentiment/Lexicon*Entries.cpp).
    static const Lexicon& builtIn();

    /// A single word or a phrase of words separated by one space, e.g. "wrong dosage". The view in the result
    /// points into the lexicon's own storage.
    const std::pair<const std::string_view, double>* find(std::string_view term) const;

    /// The longest phrase, in words.
    std::size_t longestPhrase() const noexcept { return m_longestPhrase; }

    /// "not", "never", "didn't", "no", "without", ...
    bool isNegator(std::string_view word) const { return m_negators.contains(word); }

    /// The multiplier of an intensifier (> 1, "very") or diminisher (< 1, "slightly").
    std::optional<double> intensity(std::string_view word) const;

    /// "but", "however", ...: the clause after weighs more than the one before.
    bool isContrast(std::string_view word) const { return m_contrasts.contains(word); }

private:
    Lexicon();

    std::unordered_map<std::string_view, double> m_valences;
    std::unordered_map<std::string_view, double> m_intensities;
    std::unordered_set<std::string_view> m_negators;
    std::unordered_set<std::string_view> m_contrasts;
    std::size_t m_longestPhrase = 1;
};

} // namespace hss::sentiment
