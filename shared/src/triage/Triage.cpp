// SPDX-License-Identifier: MIT
#include "hss/triage/Triage.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>

#include "PhraseMatcher.h"
#include "hss/triage/TextNormalizer.h"
#include "hss/triage/TriageVocabulary.h"

namespace hss::triage {

namespace {

std::size_t indexOf(EmergencyCategory category)
{
    return static_cast<std::size_t>(category);
}

/// The ticket category an emergency category belongs with.
Category categoryOf(EmergencyCategory emergency)
{
    switch (emergency) {
    case EmergencyCategory::PatientSafety:
        return Category::MedicalClinical;
    case EmergencyCategory::SystemDowntime:
        return Category::Technical;
    case EmergencyCategory::DataBreach:
    case EmergencyCategory::ComplianceViolation:
        return Category::ComplianceSecurity;
    }
    return Category::Technical;
}

std::string describeTargets(const TriagePhrase& phrase)
{
    std::string targets;
    auto add = [&targets](std::string_view text) {
        targets += targets.empty() ? "" : ", ";
        targets += text;
    };
    for (const EmergencyCategory emergency : phrase.emergencies) {
        add(toString(emergency));
    }
    if (phrase.category) {
        add("category " + std::string(toString(*phrase.category)));
    }
    if (phrase.priority) {
        add("priority " + std::string(toString(*phrase.priority)));
    }
    return targets;
}

std::string signedWeight(int weight)
{
    return (weight >= 0 ? "+" : "") + std::to_string(weight);
}

TriageReason reasonFor(const TriagePhrase& phrase, const std::string& field, const detail::PhraseMatcher& matcher,
                       const detail::PhraseMatch& match)
{
    TriageReason reason {field,
                         phrase.phrase,
                         matcher.text(match.begin, match.end),
                         phrase.emergencies,
                         phrase.category,
                         phrase.priority,
                         phrase.weight,
                         match.negated,
                         false,
                         {}};
    reason.message = field + ": \"" + reason.matched + "\" ";
    if (match.negated) {
        reason.message += "is negated (\"" + match.cue + "\") and ignored";
    } else {
        reason.message += "→ " + describeTargets(phrase) + " " + signedWeight(phrase.weight);
    }
    return reason;
}

void applyCategoryField(Category category, TriageResult& result)
{
    std::vector<EmergencyCategory> emergencies;
    if (category == Category::MedicalClinical) {
        emergencies = {EmergencyCategory::PatientSafety};
    } else if (category == Category::ComplianceSecurity) {
        emergencies = {EmergencyCategory::DataBreach, EmergencyCategory::ComplianceViolation};
    }
    if (emergencies.empty()) {
        return;
    }
    TriageReason reason {"category",
                         std::string(toString(category)),
                         {},
                         emergencies,
                         category,
                         std::nullopt,
                         categoryFieldWeight,
                         false,
                         false,
                         "category: " + std::string(toString(category)) + " → "};
    for (std::size_t i = 0; i < emergencies.size(); ++i) {
        result.emergencyScores[indexOf(emergencies[i])] += categoryFieldWeight;
        reason.message += (i == 0 ? "" : ", ") + std::string(toString(emergencies[i]));
    }
    reason.message += " " + signedWeight(categoryFieldWeight);
    result.reasons.push_back(std::move(reason));
}

/// Token range of a counted match; positive and negative evidence do not cover each other.
struct Span
{
    std::size_t begin = 0;
    std::size_t end = 0;
    bool positive = true;
};

bool overlapsAny(const std::vector<Span>& spans, const Span& span)
{
    return std::any_of(spans.begin(), spans.end(), [&span](const Span& other) {
        return other.positive == span.positive && other.begin < span.end && span.begin < other.end;
    });
}

/// Indices of the active phrases by descending |weight| (stable), so overlapping text counts for the strongest.
std::vector<std::size_t> strongestFirst(const TriageRuleSet& rules)
{
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < rules.phrases().size(); ++i) {
        if (rules.phrases()[i].weight != 0) {
            order.push_back(i);
        }
    }
    std::stable_sort(order.begin(), order.end(), [&rules](std::size_t a, std::size_t b) {
        return std::abs(rules.phrases()[a].weight) > std::abs(rules.phrases()[b].weight);
    });
    return order;
}

/// A compliance co-occurrence ("@rule & @ongoing") may share words with stronger phrases: a ticket names the rule
/// once and the practice that breaks it in another sentence, and a stronger phrase has often used one of the two.
/// Such a phrase neither blocks nor is blocked by others. Only for compliance alone: letting every "A & B" reuse words
/// added 34 false alarms on dev.
bool mayReuseWords(const TriagePhrase& phrase, const std::vector<std::string>& words)
{
    return phrase.emergencies.size() == 1 && phrase.emergencies.front() == EmergencyCategory::ComplianceViolation
        && std::find(words.begin(), words.end(), togetherWord) != words.end();
}

} // namespace

TriageResult triage(const TriageInput& input, const TriageRuleSet& rules)
{
    TriageResult result;
    const std::vector<std::string> titleTokens = normalizeText(input.title);
    const std::vector<std::string> descriptionTokens = normalizeText(input.description);
    const std::array<detail::PhraseMatcher, 2> matchers {detail::PhraseMatcher(titleTokens),
                                                         detail::PhraseMatcher(descriptionTokens)};
    const std::array<std::string, 2> fieldNames {"title", "description"};
    std::array<std::vector<Span>, 2> scoredSpans; // text already counted as emergency evidence, per field
    std::map<Category, int> categoryVotes;
    std::optional<Priority> phrasePriority;
    int priorityStrength = 0;

    for (const std::size_t i : strongestFirst(rules)) {
        const TriagePhrase& phrase = rules.phrases()[i];
        // A phrase counts once: in the title, else in the description; a negated match only when there is no other.
        const bool positive = phrase.weight > 0;
        std::optional<detail::PhraseMatch> match;
        std::size_t field = 0;
        std::vector<Span> spans;
        bool covered = false;
        for (std::size_t f = 0; f < matchers.size(); ++f) {
            auto found = matchers[f].find(rules.words(i), positive);
            if (!found || (match && found->negated)) {
                continue;
            }
            // A proximity phrase ("@patient ~ @harm", "A ~ B ~ C") covers its sides only, so the words between stay
            // free.
            std::vector<Span> foundSpans {{found->begin, found->partsEnd, positive}};
            if (found->partsBegin < found->end) {
                foundSpans.push_back({found->partsBegin, found->end, positive});
            }
            if (found->middleBegin < found->middleEnd) {
                foundSpans.push_back({found->middleBegin, found->middleEnd, positive});
            }
            const bool foundCovered = std::any_of(foundSpans.begin(), foundSpans.end(),
                                                  [&](const Span& span) { return overlapsAny(scoredSpans[f], span); });
            match = std::move(found);
            field = f;
            spans = std::move(foundSpans);
            covered = foundCovered;
            if (!match->negated) {
                break;
            }
        }
        if (!match) {
            continue;
        }
        TriageReason reason = reasonFor(phrase, fieldNames[field], matchers[field], *match);
        if (match->negated) {
            result.reasons.push_back(std::move(reason));
            continue;
        }
        if (!phrase.emergencies.empty() && covered && !mayReuseWords(phrase, rules.words(i))) {
            reason.message += " (already counted in a stronger phrase)";
            reason.overlapped = true;
        } else if (!phrase.emergencies.empty()) {
            // A gap phrase ("labelled * as normal") leaves the words in its gap free to count on their own; a
            // compliance co-occurrence leaves its words free too, as it may reuse words itself.
            const auto& words = rules.words(i);
            if (std::find(words.begin(), words.end(), gapWord) == words.end() && !mayReuseWords(phrase, words)) {
                scoredSpans[field].insert(scoredSpans[field].end(), spans.begin(), spans.end());
            }
            for (const EmergencyCategory emergency : phrase.emergencies) {
                result.emergencyScores[indexOf(emergency)] += phrase.weight;
            }
        }
        result.reasons.push_back(std::move(reason));
        if (phrase.category) {
            categoryVotes[*phrase.category] += phrase.weight;
        }
        // Phrases come strongest first: the first priority seen wins, equally strong ones can only raise it.
        if (phrase.priority && !phrasePriority) {
            phrasePriority = *phrase.priority;
            priorityStrength = std::abs(phrase.weight);
        } else if (phrase.priority && std::abs(phrase.weight) == priorityStrength) {
            phrasePriority = mostSevere(*phrasePriority, *phrase.priority);
        }
    }
    if (input.category) {
        applyCategoryField(*input.category, result);
    }

    int best = 0;
    for (const EmergencyCategory emergency : allEmergencyCategories) {
        const int score = result.emergencyScores[indexOf(emergency)];
        if (score > 0) {
            categoryVotes[categoryOf(emergency)] += score / 2;
        }
        if (score >= rules.emergencyThreshold() && score > best) {
            best = score;
            result.emergencyCategory = emergency;
        }
    }
    result.emergency = result.emergencyCategory.has_value();

    if (result.emergency) {
        result.priority = Priority::Emergency;
    } else {
        result.priority = phrasePriority.value_or(Priority::Medium);
        for (const int score : result.emergencyScores) {
            if (2 * score >= rules.emergencyThreshold()) {
                result.priority = mostSevere(result.priority, Priority::High);
            }
        }
        if (result.priority == Priority::Emergency) {
            result.priority = Priority::Critical; // only an emergency flag may set the emergency priority
        }
    }

    if (input.category) {
        result.category = *input.category;
    } else {
        int bestVotes = 0;
        for (const Category category : allCategories) {
            const auto it = categoryVotes.find(category);
            if (it != categoryVotes.end() && it->second > bestVotes) {
                bestVotes = it->second;
                result.category = category;
            }
        }
    }
    return result;
}

TriageResult triage(const TriageInput& input, const TriageRuleSet& rules, const TriageScorer& scorer)
{
    TriageResult result = triage(input, rules);
    if (!result.emergency) { // the scorer only adds emergencies, so it need not run on the flagged ones
        combineWithScorer(result, scorer.predict(input), scorer.threshold(), scorer.vetoWeight());
    }
    return result;
}

TriageResult triage(const TriageInput& input)
{
    return triage(input, TriageRuleSet::defaults(), TriageScorer::defaults());
}

} // namespace hss::triage
