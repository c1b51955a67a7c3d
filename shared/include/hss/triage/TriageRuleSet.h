// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "hss/Result.h"
#include "hss/triage/TriagePhrase.h"

namespace hss::triage {

/// The score at which an emergency category flags a ticket as a medical emergency.
inline constexpr int defaultEmergencyThreshold = 10;

/// An immutable set of triage phrases with their words already normalised. Cheap to share between threads.
class TriageRuleSet final
{
public:
    /// A set of \a phrases (each must pass validate(); later entries replace earlier ones with the same stemmed
    /// words).
    explicit TriageRuleSet(std::vector<TriagePhrase> phrases, int emergencyThreshold = defaultEmergencyThreshold);

    /// The phrases compiled into the library.
    static const TriageRuleSet& defaults();

    /// This set plus \a additions: an addition with the same normalised words as an existing phrase replaces it
    /// (so an admin can re-weight or, with weight 0, switch off a default phrase).
    TriageRuleSet withAdditions(const std::vector<TriagePhrase>& additions) const;

    /// This set plus the phrases of the JSON text {"phrases": [...]}; errors name the bad entry
    /// ("phrases[2].emergency") and leave nothing half-applied.
    Result<TriageRuleSet> withAdditionsFromJson(std::string_view jsonText) const;

    /// The phrases, in the order they were added.
    const std::vector<TriagePhrase>& phrases() const { return m_phrases; }

    /// phraseWords() of phrases()[index], plain words stemmed (stemWord()).
    const std::vector<std::string>& words(std::size_t index) const { return m_words.at(index); }

    /// The score at which an emergency category flags an emergency.
    int emergencyThreshold() const { return m_emergencyThreshold; }

private:
    std::vector<TriagePhrase> m_phrases;
    std::vector<std::vector<std::string>> m_words;
    int m_emergencyThreshold;
};

} // namespace hss::triage
