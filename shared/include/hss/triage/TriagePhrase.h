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

/// What an admin means a phrase for; derived from its fields (see kindOf()), stated in JSON so a mistake such as an
/// "emergency" phrase with a negative weight is refused instead of silently meaning the opposite.
enum class PhraseKind {
    Emergency, ///< Evidence for one (or "any") emergency category; weight > 0.
    Against, ///< Evidence against an emergency (test systems, drills, ...); weight < 0.
    Hint, ///< Only suggests a ticket category and/or priority; no emergency.
};

/// "emergency", "against", "hint".
std::string_view toString(PhraseKind kind);

/// Parses a wire name; anything else gives UnknownValue naming \a field.
Result<PhraseKind> phraseKindFromString(std::string_view text, std::string_view field = "kind");

/// One triage rule: when \a phrase occurs (not negated) in a ticket's text, it adds \a weight to each of its
/// emergency categories and votes for its ticket category and priority.
/// JSON: {"phrase", "kind" (optional), "emergency" (a wire name, "any" or null), "category", "priority", "weight"
/// (default 10)}.
struct TriagePhrase
{
    /// Words as written; normalised and stemmed when matched. "*" stands for 0..phraseGapMax words, "@name" for any
    /// word of a synonym group, "A ~ B" for A and B near each other in either order, "A ~ B ~ C" for three sides near
    /// each other in one clause and "A & B" for both anywhere in one field (TriageVocabulary.h).
    std::string phrase;
    std::vector<EmergencyCategory> emergencies; ///< Evidence for these emergencies; empty for none.
    std::optional<Category> category; ///< A vote for this ticket category.
    std::optional<Priority> priority; ///< The priority this phrase suggests (below an emergency).
    int weight = 10; ///< phraseWeightMin..phraseWeightMax; negative is evidence against; 0 disables.

    friend bool operator==(const TriagePhrase&, const TriagePhrase&) = default;
};

/// The kind \a phrase's fields amount to: Against for a negative weight, Emergency when it names an emergency, else
/// Hint.
PhraseKind kindOf(const TriagePhrase& phrase);

/// The word that stands for a gap in phraseWords().
inline constexpr std::string_view gapWord = "*";

/// The normalised words of a phrase (see normalizeText()), with gapWord for each "*", nearWord for "~", togetherWord
/// for "&" and "@name"
/// for a synonym group (see TriageVocabulary.h).
std::vector<std::string> phraseWords(std::string_view phrase);

/// Success, or the first broken rule: an empty phrase, one over 200 bytes, with control characters, quotes or
/// clause punctuation, invalid UTF-8, more than phraseWordsMax words, a "*" at either end, an unknown "@group", no
/// emergency/category/priority at all, or a weight out of range.
Status validate(const TriagePhrase& phrase);

/// The JSON object for \a phrase ("emergency" is "any" when it lists all four categories).
nlohmann::json toJson(const TriagePhrase& phrase);

/// Decodes and validates one phrase; errors name the field ("weight", "emergency", ...). An optional "kind" sets the
/// default weight (emergency 10, against -10, hint 5) and must agree with the other fields: an emergency needs
/// "emergency", against applies to "any" unless told otherwise, a hint names no emergency.
Result<TriagePhrase> triagePhraseFromJson(const nlohmann::json& json);

/// Decodes {"phrases": [...]}: errors name the bad entry ("phrases[3].weight").
Result<std::vector<TriagePhrase>> triagePhrasesFromJson(const nlohmann::json& json);

} // namespace hss::triage
