// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "hss/Category.h"
#include "hss/Priority.h"
#include "hss/Result.h"
#include "hss/triage/EmergencyCategory.h"

namespace hss::triage {

/// Words a phrase may have (a "*" gap counts as one).
inline constexpr std::size_t phraseWordsMax = 8;
/// How many words a "*" in a phrase may stand for (zero to this many).
inline constexpr std::size_t phraseGapMax = 3;
/// Bounds of TriagePhrase::weight.
inline constexpr int phraseWeightMin = -100;
inline constexpr int phraseWeightMax = 100;

/// One triage rule: when \a phrase occurs (not negated) in a ticket's text, it adds \a weight to each of its
/// emergency categories and votes for its ticket category and priority.
/// JSON: {"phrase", "emergency" (a wire name, "any" or null), "category", "priority", "weight" (default 10)}.
struct TriagePhrase
{
    std::string phrase; ///< Words as written; normalised when matched. "*" stands for 0..phraseGapMax words.
    std::vector<EmergencyCategory> emergencies; ///< Evidence for these emergencies; empty for none.
    std::optional<Category> category; ///< A vote for this ticket category.
    std::optional<Priority> priority; ///< The priority this phrase suggests (below an emergency).
    int weight = 10; ///< phraseWeightMin..phraseWeightMax; negative is evidence against; 0 disables.

    friend bool operator==(const TriagePhrase&, const TriagePhrase&) = default;
};

/// The word that stands for a gap in phraseWords().
inline constexpr std::string_view gapWord = "*";

/// The normalised words of a phrase (see normalizeText()), with gapWord for each "*".
std::vector<std::string> phraseWords(std::string_view phrase);

/// Success, or the first broken rule: an empty phrase or one with clause punctuation, more than phraseWordsMax
/// words, a "*" at either end, no emergency/category/priority at all, or a weight out of range.
Status validate(const TriagePhrase& phrase);

/// The JSON object for \a phrase ("emergency" is "any" when it lists all four categories).
nlohmann::json toJson(const TriagePhrase& phrase);

/// Decodes and validates one phrase; errors name the field ("weight", "emergency", ...).
Result<TriagePhrase> triagePhraseFromJson(const nlohmann::json& json);

/// Decodes {"phrases": [...]}: errors name the bad entry ("phrases[3].weight").
Result<std::vector<TriagePhrase>> triagePhrasesFromJson(const nlohmann::json& json);

} // namespace hss::triage
