// SPDX-License-Identifier: MIT
#include "hss/triage/TriageScorer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "PhraseMatcher.h"
#include "hss/triage/TextNormalizer.h"

namespace hss::triage {

namespace {

/// Adds the features of one field; \a texts (when given) keeps the words as written for each feature's first
/// occurrence, so reasons show "machine" rather than its stem "machin".
void addFieldFeatures(std::string_view text, std::vector<std::string>& features,
                      std::map<std::string, std::string>* texts = nullptr)
{
    const std::vector<std::string> tokens = normalizeText(text);
    const detail::PhraseMatcher matcher(tokens);
    std::vector<std::string> stems(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        stems[i] = tokens[i] == clauseBreak ? std::string() : stemWord(tokens[i]);
    }
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (stems[i].empty()) {
            continue;
        }
        const bool negated = matcher.negatedAt(i);
        features.push_back((negated ? "!" : "") + stems[i]);
        if (texts) {
            texts->emplace(features.back(), (negated ? "not " : "") + tokens[i]);
        }
        if (i + 1 < tokens.size() && !stems[i + 1].empty()) {
            features.push_back(stems[i] + "_" + stems[i + 1]);
            if (texts) {
                texts->emplace(features.back(), tokens[i] + " " + tokens[i + 1]);
            }
        }
    }
}

/// A feature as the agent reads it: "not overdos", "wrong_patient" → "wrong patient".
std::string readable(std::string feature)
{
    std::replace(feature.begin(), feature.end(), '_', ' ');
    if (!feature.empty() && feature.front() == '!') {
        feature = "not " + feature.substr(1);
    }
    return feature;
}

} // namespace

std::vector<std::string> scorerFeatures(const TriageInput& input)
{
    std::vector<std::string> features;
    addFieldFeatures(input.title, features);
    addFieldFeatures(input.description, features);
    std::sort(features.begin(), features.end());
    features.erase(std::unique(features.begin(), features.end()), features.end());
    return features;
}

TriageScorer::TriageScorer(ScorerWeights bias, std::map<std::string, ScorerWeights, std::less<>> weights,
                           double threshold)
    : m_bias(bias)
    , m_weights(std::move(weights))
    , m_threshold(threshold)
{ }

const TriageScorer& TriageScorer::defaults()
{
    static const TriageScorer scorer = [] {
        const detail::LearnedTriageModel& model = detail::learnedTriageModel();
        std::map<std::string, ScorerWeights, std::less<>> weights;
        for (const ScorerFeatureRow& row : model.rows) {
            weights.emplace(std::string(row.feature), row.weights);
        }
        return TriageScorer(model.bias, std::move(weights), model.threshold);
    }();
    return scorer;
}

ScorerPrediction TriageScorer::predict(const TriageInput& input) const
{
    std::vector<std::string> features;
    std::map<std::string, std::string> texts;
    addFieldFeatures(input.title, features, &texts);
    addFieldFeatures(input.description, features, &texts);
    std::sort(features.begin(), features.end());
    features.erase(std::unique(features.begin(), features.end()), features.end());
    ScorerPrediction prediction = predictFeatures(features);
    for (std::size_t i = 0; i < prediction.strongestFeatures.size(); ++i) {
        prediction.strongestWords[i] = texts[prediction.strongestFeatures[i]];
    }
    return prediction;
}

ScorerPrediction TriageScorer::predictFeatures(const std::vector<std::string>& features) const
{
    ScorerWeights scores = m_bias;
    std::vector<const std::pair<const std::string, ScorerWeights>*> known;
    for (const std::string& feature : features) {
        const auto it = m_weights.find(feature);
        if (it == m_weights.end()) {
            continue;
        }
        known.push_back(&*it);
        for (std::size_t c = 0; c < scorerClasses; ++c) {
            scores[c] += it->second[c];
        }
    }
    ScorerPrediction prediction;
    const double top = *std::max_element(scores.begin(), scores.end());
    double sum = 0;
    for (std::size_t c = 0; c < scorerClasses; ++c) {
        prediction.probabilities[c] = std::exp(scores[c] - top);
        sum += prediction.probabilities[c];
    }
    std::size_t likeliest = 1;
    for (std::size_t c = 0; c < scorerClasses; ++c) {
        prediction.probabilities[c] /= sum;
        if (c > 1 && prediction.probabilities[c] > prediction.probabilities[likeliest]) {
            likeliest = c;
        }
    }
    prediction.likeliest = allEmergencyCategories[likeliest - 1];
    const double biasTop = *std::max_element(m_bias.begin(), m_bias.end());
    double biasSum = 0;
    for (const double weight : m_bias) {
        biasSum += std::exp(weight - biasTop);
    }
    prediction.priorEmergencyProbability = 1.0 - std::exp(m_bias[0] - biasTop) / biasSum;
    // The words that moved the ticket most from "none" towards its likeliest class.
    std::stable_sort(known.begin(), known.end(), [likeliest](const auto* a, const auto* b) {
        return a->second[likeliest] - a->second[0] > b->second[likeliest] - b->second[0];
    });
    for (const auto* entry : known) {
        if (prediction.strongestWords.size() == 3 || entry->second[likeliest] - entry->second[0] <= 0) {
            break;
        }
        prediction.strongestFeatures.push_back(entry->first);
        prediction.strongestWords.push_back(readable(entry->first));
    }
    return prediction;
}

bool rulesVeto(const TriageResult& rulesResult)
{
    return std::any_of(rulesResult.reasons.begin(), rulesResult.reasons.end(), [](const TriageReason& reason) {
        const bool against = reason.weight < 0 && !reason.negated;
        const bool deniedEmergency = reason.negated && reason.weight > 0 && !reason.emergencies.empty();
        return against || deniedEmergency;
    });
}

double ScorerPrediction::emergencyEvidence() const
{
    const auto logit = [](double p) {
        const double clamped = std::clamp(p, 1e-12, 1.0 - 1e-12);
        return std::log(clamped / (1.0 - clamped));
    };
    return logit(emergencyProbability()) - logit(priorEmergencyProbability);
}

void combineWithScorer(TriageResult& rulesResult, const ScorerPrediction& prediction, double threshold)
{
    if (rulesResult.emergency || !prediction.wordsPointToEmergency() || prediction.emergencyEvidence() < threshold
        || rulesVeto(rulesResult)) {
        return;
    }
    rulesResult.emergency = true;
    rulesResult.emergencyCategory = prediction.likeliest;
    rulesResult.priority = Priority::Emergency;
    TriageReason reason;
    reason.field = "model";
    reason.phrase = "resembles reported " + std::string(toString(prediction.likeliest));
    reason.emergencies = {prediction.likeliest};
    reason.priority = Priority::Emergency;
    reason.message = reason.phrase + ":";
    for (std::size_t i = 0; i < prediction.strongestWords.size(); ++i) {
        reason.matched += (i == 0 ? "" : ", ") + prediction.strongestWords[i];
        reason.message += (i == 0 ? " '" : ", '") + prediction.strongestWords[i] + "'";
    }
    char probability[32];
    std::snprintf(probability, sizeof probability, " (p = %.2f)", prediction.emergencyProbability());
    reason.message += probability;
    rulesResult.reasons.push_back(std::move(reason));
}

} // namespace hss::triage
