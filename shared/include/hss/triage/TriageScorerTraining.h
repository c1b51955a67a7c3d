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

/// A range of dev ticket numbers written by one writer (tests/data/triage/README.md), for leave-one-writer-out CV.
struct WriterGroup
{
    int first = 0;
    int last = 0;
};

/// The writers of the dev split: T001-T223 (its dev part), T224-T368, T369-T468, T469-T572, T573-T772,
/// T973-T1172, T1173-T1372.
std::vector<WriterGroup> devWriterGroups();

/// How hss-train-triage learns the scorer; the defaults made the committed model.
struct ScorerTrainingOptions
{
    int iterations = 300; ///< Full-batch AdaGrad steps from all-zero weights (no randomness at all).
    double learningRate = 0.5;
    double l2 = 0.004; ///< Ridge penalty per weight (not on the bias).
    /// How much an emergency ticket's error counts against a non-emergency's (class weighting).
    double emergencyWeight = 1.0;
    unsigned featureKinds = defaultScorerFeatures; ///< ScorerFeatureKind bits the examples were made with.
    std::size_t minTickets = 2; ///< A feature must occur in at least this many training tickets.
    std::size_t folds = 5; ///< Random-order folds when writerGroups is empty: dev ticket i is in fold i % folds.
    /// Leave-one-writer-out folds (the default): each writer's tickets are one fold, so the scorer is always judged
    /// on a wording it never saw; random folds leak each writer's style into training and flatter the scorer.
    std::vector<WriterGroup> writerGroups = devWriterGroups();
    double minPrecision = 0.90; ///< Random folds: the scorer's own cross-validated precision the threshold must keep.
    /// Writer folds: the pooled left-out combined figures the threshold aims at (see crossValidate()).
    double targetRecall = 0.95;
    double targetPrecision = 0.85;
    /// Writer folds: the rules' evidence against (rulesEvidenceAgainst()) that vetoes the scorer, chosen with the
    /// threshold; 1 is the first version's "any evidence against".
    std::vector<int> vetoWeights = {1, 6, 8, 10, 12, 16, 20};
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
std::vector<ScorerExample> scorerExamples(const std::vector<LabelledTicket>& tickets,
                                          unsigned featureKinds = defaultScorerFeatures);

/// FNV-1a (64 bit, hex) over id, title, description and label of the Dev tickets, so a test can tell the
/// committed model from one trained on other data.
std::string devSplitChecksum(const std::vector<LabelledTicket>& tickets);

/// Learns weights (rounded to 4 decimals, features with all-zero weights dropped) from \a examples.
TriageScorer trainScorer(const std::vector<ScorerExample>& examples, const ScorerTrainingOptions& options,
                         double threshold, int vetoWeight = 1);

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
    int vetoWeight = 1;
    ScorerCounts model; ///< The scorer alone (no veto).
    ScorerCounts combined; ///< The rules, or the scorer where the rules neither flag nor veto.
    std::size_t vetoedFalseAlarms = 0; ///< Non-emergencies the scorer alone flags but the rules' veto stops.
};

struct CrossValidation
{
    ScorerCounts rules;
    /// Evidence thresholds 0.25, 0.50, ... 4.75 nats for each veto weight, pooled over folds.
    std::vector<ThresholdFigures> thresholds;
    /// Random folds: the lowest threshold whose scorer precision is >= minPrecision. Writer folds: among the
    /// thresholds whose pooled combined figures reach targetRecall and targetPrecision the one with the best
    /// precision; when none does, the best recall with precision >= targetPrecision (ties: the higher threshold).
    double chosenThreshold = 5.0;
    int chosenVetoWeight = 1; ///< Chosen with the threshold (writer folds); 1 with random folds.
    std::vector<ScorerPrediction> predictions; ///< Out-of-fold prediction of each example.
    std::vector<std::size_t> fold; ///< The fold of each example (writer folds: the index in writerGroups).
};

/// Figures of \a scorer, alone and combined with the rules, on \a examples at \a threshold.
ThresholdFigures evaluateScorer(const TriageScorer& scorer, const std::vector<ScorerExample>& examples,
                                double threshold, int vetoWeight = 1);

/// Cross-validation over \a examples: one fold per writer group (examples outside every group are always in
/// training), or k random-order folds when ScorerTrainingOptions::writerGroups is empty.
CrossValidation crossValidate(const std::vector<ScorerExample>& examples, const ScorerTrainingOptions& options);

/// The model text of \a scorer (LearnedTriageModel.tsv, read by scorerModelFromText()): a header, then one line per
/// feature with its five weights, tab-separated. The same scorer always gives the same text.
std::string scorerModelText(const TriageScorer& scorer, const std::string& devChecksum);

} // namespace hss::triage
