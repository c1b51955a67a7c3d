// SPDX-License-Identifier: MIT
#include "hss/triage/TriageScorer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <map>
#include <optional>
#include <system_error>

#include "PhraseMatcher.h"
#include "hss/triage/TextNormalizer.h"
#include "hss/triage/TriageVocabulary.h"

namespace hss::triage {

namespace {

/// Adds the features of one field; \a texts (when given) keeps the words as written for each feature's first
/// occurrence, so reasons show "machine" rather than its stem "machin".
void addFieldFeatures(std::string_view text, unsigned kinds, std::vector<std::string>& features,
                      std::map<std::string, std::string>* texts = nullptr)
{
    const std::vector<std::string> tokens = normalizeText(text);
    const detail::PhraseMatcher matcher(tokens);
    std::vector<std::string> stems(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        stems[i] = tokens[i] == clauseBreak ? std::string() : stemWord(tokens[i]);
    }
    const auto add = [&](std::string feature, const std::string& written) {
        if (texts) {
            texts->emplace(feature, written);
        }
        features.push_back(std::move(feature));
    };
    static const std::vector<std::string_view> groupNames = synonymGroupNames();
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (stems[i].empty()) {
            continue;
        }
        const bool negated = matcher.negatedAt(i);
        const std::string mark = negated ? "!" : "";
        const std::string written = (negated ? "not " : "") + tokens[i];
        if (kinds & stemFeatures) {
            add(mark + stems[i], written);
        }
        if ((kinds & pairFeatures) && i + 1 < tokens.size() && !stems[i + 1].empty()) {
            add(stems[i] + "_" + stems[i + 1], tokens[i] + " " + tokens[i + 1]);
        }
        if (kinds & groupFeatures) {
            const std::uint64_t groups = synonymGroupsOfStem(stems[i]);
            for (std::size_t g = 0; g < groupNames.size(); ++g) {
                if (groups & (std::uint64_t {1} << g)) {
                    add(mark + std::string(1, groupPrefix) + std::string(groupNames[g]), written);
                }
            }
        }
        if (kinds & gramFeatures) {
            const std::string bounded = "<" + tokens[i] + ">";
            for (std::size_t at = 0; at + 4 <= bounded.size() || at == 0; ++at) {
                add(mark + "#" + bounded.substr(at, 4), written);
                if (bounded.size() < 4) {
                    break;
                }
            }
        }
    }
}

/// Enough features to name three different words when each word brings its stem, group and 4-grams.
constexpr std::size_t maxStrongestFeatures = 24;

/// A feature as the agent reads it: "not overdos", "wrong_patient" → "wrong patient".
std::string readable(std::string feature)
{
    std::replace(feature.begin(), feature.end(), '_', ' ');
    const bool negated = !feature.empty() && feature.front() == '!';
    if (negated) {
        feature.erase(0, 1);
    }
    if (!feature.empty() && (feature.front() == '#' || feature.front() == groupPrefix)) {
        feature.erase(0, 1);
    }
    return negated ? "not " + feature : feature;
}

/// The tab-separated fields of one line of the model text.
std::vector<std::string_view> fields(std::string_view line)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t tab = line.find('\t'); tab != std::string_view::npos; tab = line.find('\t', start)) {
        parts.push_back(line.substr(start, tab - start));
        start = tab + 1;
    }
    parts.push_back(line.substr(start));
    return parts;
}

/// A number of the model text; from_chars, so the reading never depends on the locale.
template <typename Number>
bool parseNumber(std::string_view text, Number& value)
{
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size();
}

bool parseWeights(const std::vector<std::string_view>& parts, ScorerWeights& weights)
{
    if (parts.size() != scorerClasses + 1) {
        return false;
    }
    for (std::size_t c = 0; c < scorerClasses; ++c) {
        if (!parseNumber(parts[c + 1], weights[c])) {
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<ScorerModel> scorerModelFromText(std::string_view text)
{
    std::vector<std::vector<std::string_view>> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        lines.push_back(fields(text.substr(start, end - start)));
        start = end + 1;
    }
    // Header: format, checksum, threshold, veto weight, feature kinds, bias; then one feature per line.
    const auto header = [&lines](std::size_t i, std::string_view key) {
        return i < lines.size() && lines[i].size() >= 2 && lines[i][0] == key;
    };
    ScorerWeights bias {};
    double threshold = 0;
    int vetoWeight = 0;
    unsigned kinds = 0;
    if (!header(0, "hss-triage-model") || lines[0][1] != "1" || !header(1, "checksum") || !header(2, "threshold")
        || !parseNumber(lines[2][1], threshold) || !header(3, "veto") || !parseNumber(lines[3][1], vetoWeight)
        || !header(4, "features") || !parseNumber(lines[4][1], kinds) || !header(5, "bias")
        || !parseWeights(lines[5], bias)) {
        return std::nullopt;
    }
    std::map<std::string, ScorerWeights, std::less<>> weights;
    for (std::size_t i = 6; i < lines.size(); ++i) {
        ScorerWeights row {};
        if (!parseWeights(lines[i], row) || !weights.emplace(std::string(lines[i][0]), row).second) {
            return std::nullopt;
        }
    }
    return ScorerModel {TriageScorer(bias, std::move(weights), threshold, kinds, vetoWeight), std::string(lines[1][1])};
}

const ScorerModel& learnedScorerModel()
{
    static const ScorerModel model = [] {
        std::optional<ScorerModel> parsed = scorerModelFromText(detail::learnedTriageModelText());
        // TestTriageScorer reads the same text; a broken one would leave the rules alone (a scorer without weights).
        return parsed ? std::move(*parsed) : ScorerModel {TriageScorer(), std::string()};
    }();
    return model;
}

std::vector<std::string> scorerFeatures(const TriageInput& input, unsigned kinds)
{
    std::vector<std::string> features;
    addFieldFeatures(input.title, kinds, features);
    addFieldFeatures(input.description, kinds, features);
    std::sort(features.begin(), features.end());
    features.erase(std::unique(features.begin(), features.end()), features.end());
    return features;
}

TriageScorer::TriageScorer(ScorerWeights bias, std::map<std::string, ScorerWeights, std::less<>> weights,
                           double threshold, unsigned featureKinds, int vetoWeight)
    : m_bias(bias)
    , m_weights(std::move(weights))
    , m_threshold(threshold)
    , m_featureKinds(featureKinds)
    , m_vetoWeight(vetoWeight)
{ }

const TriageScorer& TriageScorer::defaults()
{
    return learnedScorerModel().scorer;
}

ScorerPrediction TriageScorer::predict(const TriageInput& input) const
{
    std::vector<std::string> features;
    std::map<std::string, std::string> texts;
    addFieldFeatures(input.title, m_featureKinds, features, &texts);
    addFieldFeatures(input.description, m_featureKinds, features, &texts);
    std::sort(features.begin(), features.end());
    features.erase(std::unique(features.begin(), features.end()), features.end());
    ScorerPrediction prediction = predictFeatures(features);
    // Several features (a stem, its group, its 4-grams) can come from one word: name each word once.
    prediction.strongestWords.clear();
    for (const std::string& feature : prediction.strongestFeatures) {
        const std::string& word = texts[feature];
        if (prediction.strongestWords.size() < 3
            && std::find(prediction.strongestWords.begin(), prediction.strongestWords.end(), word)
                == prediction.strongestWords.end()) {
            prediction.strongestWords.push_back(word);
        }
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
        if (prediction.strongestFeatures.size() == maxStrongestFeatures
            || entry->second[likeliest] - entry->second[0] <= 0) {
            break;
        }
        prediction.strongestFeatures.push_back(entry->first);
        std::string word = readable(entry->first);
        if (prediction.strongestWords.size() < 3
            && std::find(prediction.strongestWords.begin(), prediction.strongestWords.end(), word)
                == prediction.strongestWords.end()) {
            prediction.strongestWords.push_back(std::move(word));
        }
    }
    return prediction;
}

int rulesEvidenceAgainst(const TriageResult& rulesResult)
{
    int against = 0;
    int strongestDenial = 0; // nested phrases often deny the same words several times: count the strongest once
    for (const TriageReason& reason : rulesResult.reasons) {
        if (reason.weight < 0 && !reason.negated && !reason.overlapped) {
            against -= reason.weight;
        } else if (reason.negated && reason.weight > 0 && !reason.emergencies.empty()) {
            strongestDenial = std::max(strongestDenial, reason.weight);
        }
    }
    return against + strongestDenial;
}

bool rulesVeto(const TriageResult& rulesResult, int vetoWeight)
{
    const int against = rulesEvidenceAgainst(rulesResult);
    return against > 0 && against >= vetoWeight;
}

double ScorerPrediction::emergencyEvidence() const
{
    const auto logit = [](double p) {
        const double clamped = std::clamp(p, 1e-12, 1.0 - 1e-12);
        return std::log(clamped / (1.0 - clamped));
    };
    return logit(emergencyProbability()) - logit(priorEmergencyProbability);
}

void combineWithScorer(TriageResult& rulesResult, const ScorerPrediction& prediction, double threshold, int vetoWeight)
{
    if (rulesResult.emergency || !prediction.wordsPointToEmergency() || prediction.emergencyEvidence() < threshold
        || rulesVeto(rulesResult, vetoWeight)) {
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
