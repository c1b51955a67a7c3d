// SPDX-License-Identifier: MIT
#include "DefaultTriagePhrases.h"

#include <stdexcept>
#include <string>

#include "DefaultPhraseRows.h"

namespace hss::triage::detail {

namespace {

template <class T>
std::optional<T> optionalValue(std::string_view text, Result<T> (*parse)(std::string_view, std::string_view))
{
    if (text.empty()) {
        return std::nullopt;
    }
    auto parsed = parse(text, "default phrase");
    if (!parsed) {
        throw std::logic_error("default triage phrase: " + describe(parsed.error()));
    }
    return parsed.value();
}

void append(std::span<const PhraseRow> table, std::vector<TriagePhrase>& phrases)
{
    for (const PhraseRow& row : table) {
        TriagePhrase phrase;
        phrase.phrase = std::string(row.phrase);
        if (row.emergency == rows::any) {
            phrase.emergencies.assign(allEmergencyCategories.begin(), allEmergencyCategories.end());
        } else if (auto emergency = optionalValue(row.emergency, &emergencyCategoryFromString)) {
            phrase.emergencies.push_back(*emergency);
        }
        phrase.category = optionalValue(row.category, &categoryFromString);
        phrase.priority = optionalValue(row.priority, &priorityFromString);
        phrase.weight = row.weight;
        phrases.push_back(std::move(phrase));
    }
}

} // namespace

std::vector<TriagePhrase> defaultTriagePhrases()
{
    std::vector<TriagePhrase> phrases;
    append(safetyPhraseRows(), phrases);
    append(disclosurePhraseRows(), phrases);
    append(conceptPhraseRows(), phrases);
    append(contextPhraseRows(), phrases);
    return phrases;
}

} // namespace hss::triage::detail
