// SPDX-License-Identifier: MIT
#include "hss/triage/TriageRuleSet.h"

#include <stdexcept>

#include "DefaultTriagePhrases.h"
#include "hss/JsonText.h"
#include "hss/triage/TextNormalizer.h"
#include "hss/triage/TriageVocabulary.h"

namespace hss::triage {

TriageRuleSet::TriageRuleSet(std::vector<TriagePhrase> phrases, int emergencyThreshold)
    : m_emergencyThreshold(emergencyThreshold)
{
    if (emergencyThreshold <= 0) {
        throw std::invalid_argument("TriageRuleSet: the emergency threshold must be positive");
    }
    for (TriagePhrase& phrase : phrases) {
        if (auto status = validate(phrase); !status) {
            throw std::invalid_argument("TriageRuleSet: invalid phrase: " + describe(status.error()));
        }
        std::vector<std::string> words = phraseWords(phrase.phrase);
        for (std::string& word : words) {
            const bool literal = word != gapWord && !isPairWord(word) && word.front() != groupPrefix;
            word = literal ? stemWord(word) : word;
        }
        bool replaced = false;
        for (std::size_t i = 0; i < m_words.size() && !replaced; ++i) {
            if (m_words[i] == words) {
                m_phrases[i] = std::move(phrase);
                replaced = true;
            }
        }
        if (!replaced) {
            m_phrases.push_back(std::move(phrase));
            m_words.push_back(std::move(words));
        }
    }
}

const TriageRuleSet& TriageRuleSet::defaults()
{
    static const TriageRuleSet set(detail::defaultTriagePhrases());
    return set;
}

TriageRuleSet TriageRuleSet::withAdditions(const std::vector<TriagePhrase>& additions) const
{
    std::vector<TriagePhrase> all = m_phrases;
    all.insert(all.end(), additions.begin(), additions.end());
    return TriageRuleSet(std::move(all), m_emergencyThreshold);
}

Result<TriageRuleSet> TriageRuleSet::withAdditionsFromJson(std::string_view jsonText) const
{
    auto json = parseJsonText(jsonText);
    if (!json) {
        return json.error();
    }
    auto additions = triagePhrasesFromJson(json.value());
    if (!additions) {
        return additions.error();
    }
    return withAdditions(additions.value());
}

} // namespace hss::triage
