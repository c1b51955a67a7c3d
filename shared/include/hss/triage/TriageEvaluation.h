// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "hss/triage/LabelledTicket.h"
#include "hss/triage/TriageRuleSet.h"

namespace hss::triage {

class TriageScorer;

/// Counts for one yes/no question (is this an emergency; is it this emergency category).
struct BinaryCounts
{
    std::size_t truePositives = 0;
    std::size_t falsePositives = 0;
    std::size_t falseNegatives = 0;

    /// TP / (TP + FP), or 1 when nothing was flagged.
    double precision() const;
    /// TP / (TP + FN), or 1 when nothing was expected.
    double recall() const;
};

/// One ticket the rules got wrong, for the benchmark's listing.
struct TriageMiss
{
    std::string id;
    std::string what; ///< e.g. "emergency: expected patient_safety, got none".
};

/// How triage() with a rule set does on labelled tickets.
struct TriageEvaluation
{
    std::size_t tickets = 0;
    BinaryCounts emergency; ///< The emergency flag, whatever the category.
    std::array<BinaryCounts, 4> perCategory; ///< Indexed like allEmergencyCategories.
    std::size_t priorityCorrect = 0;
    std::size_t categoryCorrect = 0;
    std::vector<TriageMiss> misses;

    double priorityAccuracy() const;
    double categoryAccuracy() const;
};

/// Runs triage() on each ticket of \a tickets in \a split (all when std::nullopt) and counts the outcomes. A ticket
/// is a true positive for an emergency category when both the expected and the found category are that one. With a
/// \a scorer, the rules and the learned scorer together (what agents see); without, the rules alone.
TriageEvaluation evaluateTriage(const std::vector<LabelledTicket>& tickets, std::optional<LabelSplit> split,
                                const TriageRuleSet& rules = TriageRuleSet::defaults(),
                                const TriageScorer* scorer = nullptr);

} // namespace hss::triage
