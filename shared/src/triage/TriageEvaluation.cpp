// SPDX-License-Identifier: MIT
#include "hss/triage/TriageEvaluation.h"

#include "hss/triage/Triage.h"

namespace hss::triage {

namespace {

double ratio(std::size_t part, std::size_t whole)
{
    return whole == 0 ? 1.0 : static_cast<double>(part) / static_cast<double>(whole);
}

void count(BinaryCounts& counts, bool expected, bool found)
{
    counts.truePositives += expected && found ? 1 : 0;
    counts.falsePositives += !expected && found ? 1 : 0;
    counts.falseNegatives += expected && !found ? 1 : 0;
}

std::string nameOf(const std::optional<EmergencyCategory>& category)
{
    return category ? std::string(toString(*category)) : "none";
}

} // namespace

double BinaryCounts::precision() const
{
    return ratio(truePositives, truePositives + falsePositives);
}

double BinaryCounts::recall() const
{
    return ratio(truePositives, truePositives + falseNegatives);
}

double TriageEvaluation::priorityAccuracy() const
{
    return ratio(priorityCorrect, tickets);
}

double TriageEvaluation::categoryAccuracy() const
{
    return ratio(categoryCorrect, tickets);
}

TriageEvaluation evaluateTriage(const std::vector<LabelledTicket>& tickets, std::optional<LabelSplit> split,
                                const TriageRuleSet& rules, const TriageScorer* scorer)
{
    TriageEvaluation evaluation;
    for (const LabelledTicket& ticket : tickets) {
        if (split && ticket.split != *split) {
            continue;
        }
        ++evaluation.tickets;
        const TriageInput input {ticket.title, ticket.description, std::nullopt};
        const TriageResult result = scorer ? triage(input, rules, *scorer) : triage(input, rules);
        count(evaluation.emergency, ticket.emergencyCategory.has_value(), result.emergency);
        for (std::size_t i = 0; i < allEmergencyCategories.size(); ++i) {
            count(evaluation.perCategory[i], ticket.emergencyCategory == allEmergencyCategories[i],
                  result.emergencyCategory == allEmergencyCategories[i]);
        }
        evaluation.priorityCorrect += result.priority == ticket.priority ? 1 : 0;
        evaluation.categoryCorrect += result.category == ticket.category ? 1 : 0;
        if (result.emergencyCategory != ticket.emergencyCategory) {
            evaluation.misses.push_back({ticket.id,
                                         "emergency: expected " + nameOf(ticket.emergencyCategory) + ", got "
                                             + nameOf(result.emergencyCategory)});
        }
        if (result.priority != ticket.priority) {
            evaluation.misses.push_back({ticket.id,
                                         "priority: expected " + std::string(toString(ticket.priority)) + ", got "
                                             + std::string(toString(result.priority))});
        }
        if (result.category != ticket.category) {
            evaluation.misses.push_back({ticket.id,
                                         "category: expected " + std::string(toString(ticket.category)) + ", got "
                                             + std::string(toString(result.category))});
        }
    }
    return evaluation;
}

} // namespace hss::triage
