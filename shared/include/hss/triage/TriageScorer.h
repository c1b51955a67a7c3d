// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "hss/triage/EmergencyCategory.h"
#include "hss/triage/TriageInput.h"
#include "hss/triage/TriageResult.h"

namespace hss::triage {

/// The scorer's classes: index 0 is "no emergency", 1..4 follow allEmergencyCategories.
inline constexpr std::size_t scorerClasses = 5;
using ScorerWeights = std::array<double, scorerClasses>;

/// What the scorer says about one ticket.
struct ScorerPrediction
{
    ScorerWeights probabilities {}; ///< Softmax over the classes, summing to 1.
    EmergencyCategory likeliest = EmergencyCategory::PatientSafety; ///< The most probable emergency class.
    /// The features that pushed hardest towards likeliest, strongest first (a few dozen at most).
    std::vector<std::string> strongestFeatures;
    /// Up to three different words behind them as the agent reads them: the words as written in the ticket
    /// (predict()), else the features with "not " for a negated stem and spaces in word pairs.
    std::vector<std::string> strongestWords;

    /// Probability of some emergency for a ticket without any known word: the share of emergencies in the training
    /// set, far above their share in real life.
    double priorEmergencyProbability = 0;

    /// Probability of some emergency (1 - P(none)).
    double emergencyProbability() const { return 1.0 - probabilities[0]; }
    /// How far the ticket's own words move the odds of an emergency from the prior's, in nats (log of the odds
    /// ratio). The scorer's threshold applies to this, not to the probability: the prior is the training set's share
    /// of emergencies (about half), so a probability threshold would flag a ticket with no telling words ("Hello").
    double emergencyEvidence() const;
    /// True when the ticket's own words point towards an emergency.
    bool wordsPointToEmergency() const { return !strongestWords.empty() && emergencyEvidence() > 0; }
};

/// Kinds of scorer features (bits); a model records the kinds it was trained with.
enum ScorerFeatureKind : unsigned {
    stemFeatures = 1, ///< Each word's stem (stemWord()), "!stem" when a negation of the rules covers it.
    pairFeatures = 2, ///< "a_b" for two neighbouring stems of one clause.
    /// "@group" for each synonym group of the rules a word belongs to ("!@group" negated), so "desat" and "sats
    /// dropped" share "@harm" with wordings no training ticket used.
    groupFeatures = 4,
    /// "#abcd": the character 4-grams of each word with its boundaries ("<desat>" gives "#<des", "#desa", ...;
    /// "!#" negated), which survive typos, inflections and abbreviations of other writers.
    gramFeatures = 8,
};
inline constexpr unsigned defaultScorerFeatures = stemFeatures | pairFeatures | groupFeatures;

/// The features of a ticket (title and description) of the given kinds. Sorted and without duplicates: the scorer
/// counts presence, not frequency.
std::vector<std::string> scorerFeatures(const TriageInput& input, unsigned kinds = defaultScorerFeatures);

/// A multinomial logistic regression over scorerFeatures(), learned from the dev split of the labelled tickets by
/// hss-train-triage (issue 6). Framework-free and deterministic.
class TriageScorer final
{
public:
    TriageScorer() = default;
    TriageScorer(ScorerWeights bias, std::map<std::string, ScorerWeights, std::less<>> weights, double threshold,
                 unsigned featureKinds = defaultScorerFeatures, int vetoWeight = 1);

    /// The model of LearnedTriageModel.tsv (learnedScorerModel()).
    static const TriageScorer& defaults();

    ScorerPrediction predict(const TriageInput& input) const;
    ScorerPrediction predictFeatures(const std::vector<std::string>& features) const;

    /// The emergency probability from which the combination flags a ticket the rules missed.
    double threshold() const { return m_threshold; }
    const ScorerWeights& bias() const { return m_bias; }
    const std::map<std::string, ScorerWeights, std::less<>>& weights() const { return m_weights; }
    /// The ScorerFeatureKind bits predict() extracts.
    unsigned featureKinds() const { return m_featureKinds; }
    /// How much evidence against (rulesEvidenceAgainst()) stops the scorer from flagging a ticket.
    int vetoWeight() const { return m_vetoWeight; }

private:
    ScorerWeights m_bias {};
    std::map<std::string, ScorerWeights, std::less<>> m_weights;
    double m_threshold = 1.0;
    unsigned m_featureKinds = defaultScorerFeatures;
    int m_vetoWeight = 1;
};

/// How strongly the rules argue against an emergency: the summed weights of counted phrases with a negative weight
/// (resolved, test system, drill, question, one user, non-clinical system, ...) plus the weight of the strongest
/// emergency phrase cancelled by a negation. 0 when nothing argues against.
int rulesEvidenceAgainst(const TriageResult& rulesResult);

/// True when the rules' evidence against an emergency reaches \a vetoWeight: such a ticket is never flagged by the
/// scorer alone. With 1, any evidence against vetoes (the first version); a single "yesterday" or "question" then
/// stopped the scorer on tickets by other writers, so the shipped weight is chosen by leave-one-writer-out CV.
bool rulesVeto(const TriageResult& rulesResult, int vetoWeight = 1);

/// Adds the scorer's verdict to the rules' result: when the rules did not flag the ticket, do not veto it (\a
/// vetoWeight) and the emergency evidence (ScorerPrediction::emergencyEvidence()) reaches \a threshold, the ticket
/// becomes an emergency of the scorer's likeliest class, with a reason naming the strongest words.
void combineWithScorer(TriageResult& rulesResult, const ScorerPrediction& prediction, double threshold,
                       int vetoWeight = 1);

/// A scorer as hss-train-triage writes it, with the checksum of the dev tickets it was trained on.
struct ScorerModel
{
    TriageScorer scorer;
    std::string devChecksum; ///< devSplitChecksum() of the tickets it was trained on.
};

/// Reads the model text of scorerModelText() (TriageScorerTraining.h); std::nullopt when it is malformed.
std::optional<ScorerModel> scorerModelFromText(std::string_view text);

/// The model of shared/src/triage/LearnedTriageModel.tsv, embedded at build time (TriageScorer::defaults()).
const ScorerModel& learnedScorerModel();

namespace detail {
/// The text of shared/src/triage/LearnedTriageModel.tsv, in a C++ file generated by cmake/EmbedTriageModel.cmake.
std::string_view learnedTriageModelText();
} // namespace detail

} // namespace hss::triage
