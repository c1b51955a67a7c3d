// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "hss/triage/LabelledTicket.h"
#include "hss/triage/TriageEvaluation.h"
#include "hss/triage/TriageResult.h"
#include "hss/triage/TriageScorer.h"

namespace hss::triage {

/// How hss-train-triage learns the scorer; the defaults made the committed model.
struct ScorerTrainingOptions
{
    int iterations = 300; ///< Full-batch AdaGrad steps from all-zero weights (no randomness at all).
    double learningRate = 0.5;
    double l2 = 0.002; ///< Ridge penalty per weight (not on the bias).
    std::size_t minTickets = 2; ///< A feature must occur in at least this many training tickets.
    std::size_t folds = 5; ///< Cross-validation folds: dev ticket i (file order) is in fold i % folds.
    double minPrecision = 0.90; ///< The scorer's own cross-validated precision the threshold must keep.
    /// Multinomial naive Bayes (Laplace smoothing) instead of the logistic regression, only to compare the two in
    /// cross-validation: its log-probabilities fit the same linear TriageScorer.
    bool naiveBayes = false;
};

/// One dev ticket ready for training: its features, class (0 none, 1..4 allEmergencyCategories) and the rules'
/// verdict (for the combination).
struct ScorerExample
{
    std::string id;
    std::vector<std::string> features;
    std::size_t label = 0;
    std::optional<EmergencyCategory> expected;
    TriageResult rules;
};

/// Examples of the Dev tickets only, in file order; test-split tickets are skipped unread.
std::vector<ScorerExample> scorerExamples(const std::vector<LabelledTicket>& tickets);

/// FNV-1a (64 bit, hex) over id, title, description and label of the Dev tickets, so a test can tell the
/// committed model from one trained on other data.
std::string devSplitChecksum(const std::vector<LabelledTicket>& tickets);

/// Learns weights (rounded to 4 decimals, features with all-zero weights dropped) from \a examples.
TriageScorer trainScorer(const std::vector<ScorerExample>& examples, const ScorerTrainingOptions& options,
                         double threshold);

/// Emergency flag and per-category counts of one system.
struct ScorerCounts
{
    BinaryCounts emergency;
    std::array<BinaryCounts, 4> perCategory;

    void add(std::optional<EmergencyCategory> expected, std::optional<EmergencyCategory> found);
};

/// Cross-validated figures at one threshold.
struct ThresholdFigures
{
    double threshold = 0;
    ScorerCounts model; ///< The scorer alone (no veto).
    ScorerCounts combined; ///< The rules, or the scorer where the rules neither flag nor veto.
    std::size_t vetoedFalseAlarms = 0; ///< Non-emergencies the scorer alone flags but the rules' veto stops.
};

struct CrossValidation
{
    ScorerCounts rules;
    std::vector<ThresholdFigures> thresholds; ///< Evidence thresholds 0.25, 0.50, ... 4.75 nats.
    double chosenThreshold = 5.0; ///< Lowest threshold whose scorer precision is >= minPrecision.
    std::vector<ScorerPrediction> predictions; ///< Out-of-fold prediction of each example.
};

/// Figures of \a scorer, alone and combined with the rules, on \a examples at \a threshold.
ThresholdFigures evaluateScorer(const TriageScorer& scorer, const std::vector<ScorerExample>& examples,
                                double threshold);

/// k-fold cross-validation over \a examples (see ScorerTrainingOptions::folds).
CrossValidation crossValidate(const std::vector<ScorerExample>& examples, const ScorerTrainingOptions& options);

/// The generated C++ source (LearnedTriageModel.cpp) of \a scorer; the same scorer always gives the same text.
std::string scorerSource(const TriageScorer& scorer, const std::string& devChecksum);

} // namespace hss::triage
