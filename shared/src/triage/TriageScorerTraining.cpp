// SPDX-License-Identifier: MIT
#include "hss/triage/TriageScorerTraining.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "hss/triage/Triage.h"

namespace hss::triage {

namespace {

std::size_t classOf(std::optional<EmergencyCategory> category)
{
    return category ? static_cast<std::size_t>(*category) + 1 : 0;
}

void hashInto(std::uint64_t& hash, std::string_view text)
{
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    hash ^= 0xffU; // field separator, so "ab"+"c" differs from "a"+"bc"
    hash *= 1099511628211ULL;
}

double rounded(double weight)
{
    const double value = std::round(weight * 10000.0) / 10000.0;
    return value == 0.0 ? 0.0 : value; // no "-0.0000" in the generated file
}

/// A weight rounded to 4 decimals without trailing zeros ("0.5", "-1.25", "0"): the model text stays small.
std::string compactWeight(double weight)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.4f", weight);
    std::string value = text;
    while (value.back() == '0') {
        value.pop_back();
    }
    if (value.back() == '.') {
        value.pop_back();
    }
    return value == "-0" ? "0" : value;
}

TriageScorer naiveBayes(const std::vector<ScorerExample>& examples, const std::vector<std::vector<std::size_t>>& rows,
                        const std::vector<std::string>& names, double threshold, unsigned kinds, int vetoWeight)
{
    std::vector<ScorerWeights> counts(names.size(), ScorerWeights {});
    ScorerWeights classTickets {};
    ScorerWeights classFeatures {};
    for (std::size_t i = 0; i < examples.size(); ++i) {
        classTickets[examples[i].label] += 1;
        for (const std::size_t f : rows[i]) {
            counts[f][examples[i].label] += 1;
            classFeatures[examples[i].label] += 1;
        }
    }
    const double vocabulary = static_cast<double>(names.size());
    ScorerWeights bias {};
    for (std::size_t c = 0; c < scorerClasses; ++c) {
        bias[c] = rounded(std::log((classTickets[c] + 1) / (static_cast<double>(examples.size()) + scorerClasses)));
    }
    std::map<std::string, ScorerWeights, std::less<>> learned;
    for (std::size_t f = 0; f < names.size(); ++f) {
        ScorerWeights row {};
        for (std::size_t c = 0; c < scorerClasses; ++c) {
            row[c] = rounded(std::log((counts[f][c] + 1) / (classFeatures[c] + vocabulary)));
        }
        learned.emplace(names[f], row);
    }
    return TriageScorer(bias, std::move(learned), threshold, kinds, vetoWeight);
}

} // namespace

std::vector<WriterGroup> devWriterGroups()
{
    return {{1, 223}, {224, 368}, {369, 468}, {469, 572}, {573, 772}, {973, 1172}, {1173, 1372}};
}

std::vector<ScorerExample> scorerExamples(const std::vector<LabelledTicket>& tickets, unsigned featureKinds)
{
    std::vector<ScorerExample> examples;
    for (const LabelledTicket& ticket : tickets) {
        if (ticket.split != LabelSplit::Dev) {
            continue;
        }
        const TriageInput input {ticket.title, ticket.description, std::nullopt};
        examples.push_back({ticket.id, scorerFeatures(input, featureKinds), classOf(ticket.emergencyCategory),
                            ticket.emergencyCategory, triage(input, TriageRuleSet::defaults())});
    }
    return examples;
}

std::string devSplitChecksum(const std::vector<LabelledTicket>& tickets)
{
    std::uint64_t hash = 14695981039346656037ULL;
    for (const LabelledTicket& ticket : tickets) {
        if (ticket.split != LabelSplit::Dev) {
            continue;
        }
        hashInto(hash, ticket.id);
        hashInto(hash, ticket.title);
        hashInto(hash, ticket.description);
        hashInto(hash, ticket.emergencyCategory ? toString(*ticket.emergencyCategory) : "none");
    }
    char text[24];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
    return text;
}

TriageScorer trainScorer(const std::vector<ScorerExample>& examples, const ScorerTrainingOptions& options,
                         double threshold, int vetoWeight)
{
    // Vocabulary: features of at least minTickets tickets, in sorted order so indices never depend on input order.
    std::map<std::string, std::size_t> ticketCounts;
    for (const ScorerExample& example : examples) {
        for (const std::string& feature : example.features) {
            ++ticketCounts[feature];
        }
    }
    std::map<std::string, std::size_t> index;
    std::vector<std::string> names;
    for (const auto& [feature, count] : ticketCounts) {
        if (count >= options.minTickets) {
            index.emplace(feature, names.size());
            names.push_back(feature);
        }
    }
    std::vector<std::vector<std::size_t>> rows;
    for (const ScorerExample& example : examples) {
        std::vector<std::size_t>& row = rows.emplace_back();
        for (const std::string& feature : example.features) {
            if (const auto it = index.find(feature); it != index.end()) {
                row.push_back(it->second);
            }
        }
    }

    const std::size_t featureCount = names.size();
    if (options.naiveBayes) {
        return naiveBayes(examples, rows, names, threshold, options.featureKinds, vetoWeight);
    }
    std::vector<ScorerWeights> weights(featureCount, ScorerWeights {});
    std::vector<ScorerWeights> squares(featureCount, ScorerWeights {});
    ScorerWeights bias {};
    ScorerWeights biasSquares {};
    const double n = examples.empty() ? 1.0 : static_cast<double>(examples.size());
    for (int step = 0; step < options.iterations; ++step) {
        std::vector<ScorerWeights> gradient(featureCount, ScorerWeights {});
        ScorerWeights biasGradient {};
        for (std::size_t i = 0; i < examples.size(); ++i) {
            ScorerWeights scores = bias;
            for (const std::size_t f : rows[i]) {
                for (std::size_t c = 0; c < scorerClasses; ++c) {
                    scores[c] += weights[f][c];
                }
            }
            const double top = *std::max_element(scores.begin(), scores.end());
            double sum = 0;
            for (double& score : scores) {
                score = std::exp(score - top);
                sum += score;
            }
            const double classWeight = examples[i].label == 0 ? 1.0 : options.emergencyWeight;
            for (std::size_t c = 0; c < scorerClasses; ++c) {
                const double error = (scores[c] / sum - (c == examples[i].label ? 1.0 : 0.0)) * classWeight / n;
                biasGradient[c] += error;
                for (const std::size_t f : rows[i]) {
                    gradient[f][c] += error;
                }
            }
        }
        // AdaGrad: rare features still move, frequent ones settle; the same steps always give the same weights.
        for (std::size_t c = 0; c < scorerClasses; ++c) {
            biasSquares[c] += biasGradient[c] * biasGradient[c];
            bias[c] -= options.learningRate * biasGradient[c] / (std::sqrt(biasSquares[c]) + 1e-8);
            for (std::size_t f = 0; f < featureCount; ++f) {
                const double g = gradient[f][c] + options.l2 * weights[f][c];
                squares[f][c] += g * g;
                weights[f][c] -= options.learningRate * g / (std::sqrt(squares[f][c]) + 1e-8);
            }
        }
    }

    std::map<std::string, ScorerWeights, std::less<>> learned;
    for (std::size_t f = 0; f < featureCount; ++f) {
        ScorerWeights row {};
        bool any = false;
        for (std::size_t c = 0; c < scorerClasses; ++c) {
            row[c] = rounded(weights[f][c]);
            any = any || row[c] != 0.0;
        }
        if (any) {
            learned.emplace(names[f], row);
        }
    }
    for (double& value : bias) {
        value = rounded(value);
    }
    return TriageScorer(bias, std::move(learned), threshold, options.featureKinds, vetoWeight);
}

void ScorerCounts::add(std::optional<EmergencyCategory> expected, std::optional<EmergencyCategory> found)
{
    if (expected && found) {
        ++emergency.truePositives;
    } else if (found) {
        ++emergency.falsePositives;
    } else if (expected) {
        ++emergency.falseNegatives;
    }
    for (std::size_t c = 0; c < perCategory.size(); ++c) {
        const bool wanted = expected && static_cast<std::size_t>(*expected) == c;
        const bool got = found && static_cast<std::size_t>(*found) == c;
        perCategory[c].truePositives += wanted && got ? 1 : 0;
        perCategory[c].falsePositives += !wanted && got ? 1 : 0;
        perCategory[c].falseNegatives += wanted && !got ? 1 : 0;
    }
}

namespace {

ThresholdFigures figuresAt(const std::vector<ScorerExample>& examples, const std::vector<ScorerPrediction>& predictions,
                           double threshold, int vetoWeight)
{
    ThresholdFigures figures;
    figures.threshold = threshold;
    figures.vetoWeight = vetoWeight;
    for (std::size_t i = 0; i < examples.size(); ++i) {
        // The same test as combineWithScorer() (evidence in nats), without the rules' veto.
        const bool modelFlags =
            predictions[i].wordsPointToEmergency() && predictions[i].emergencyEvidence() >= threshold;
        figures.model.add(examples[i].expected, modelFlags ? std::optional(predictions[i].likeliest) : std::nullopt);
        TriageResult combined = examples[i].rules;
        combineWithScorer(combined, predictions[i], threshold, vetoWeight);
        figures.combined.add(examples[i].expected, combined.emergencyCategory);
        if (modelFlags && !examples[i].expected && !examples[i].rules.emergency
            && rulesVeto(examples[i].rules, vetoWeight)) {
            ++figures.vetoedFalseAlarms;
        }
    }
    return figures;
}

} // namespace

ThresholdFigures evaluateScorer(const TriageScorer& scorer, const std::vector<ScorerExample>& examples,
                                double threshold, int vetoWeight)
{
    std::vector<ScorerPrediction> predictions;
    for (const ScorerExample& example : examples) {
        predictions.push_back(scorer.predictFeatures(example.features));
    }
    return figuresAt(examples, predictions, threshold, vetoWeight);
}

CrossValidation crossValidate(const std::vector<ScorerExample>& examples, const ScorerTrainingOptions& options)
{
    CrossValidation result;
    const bool byWriter = !options.writerGroups.empty();
    const std::size_t folds = byWriter ? options.writerGroups.size() : std::max<std::size_t>(options.folds, 2);
    constexpr std::size_t alwaysTraining = static_cast<std::size_t>(-1);
    result.fold.resize(examples.size(), alwaysTraining);
    for (std::size_t i = 0; i < examples.size(); ++i) {
        if (!byWriter) {
            result.fold[i] = i % folds;
            continue;
        }
        const int number = examples[i].id.size() > 1 ? std::atoi(examples[i].id.c_str() + 1) : -1;
        for (std::size_t g = 0; g < folds; ++g) {
            if (number >= options.writerGroups[g].first && number <= options.writerGroups[g].last) {
                result.fold[i] = g;
            }
        }
    }
    std::vector<ScorerExample> evaluated;
    std::vector<ScorerPrediction> predictions(examples.size());
    for (std::size_t fold = 0; fold < folds; ++fold) {
        std::vector<ScorerExample> training;
        for (std::size_t i = 0; i < examples.size(); ++i) {
            if (result.fold[i] != fold) {
                training.push_back(examples[i]);
            }
        }
        const TriageScorer scorer = trainScorer(training, options, 1.0);
        for (std::size_t i = 0; i < examples.size(); ++i) {
            if (result.fold[i] == fold) {
                predictions[i] = scorer.predictFeatures(examples[i].features);
            }
        }
    }
    // Figures only over examples that were left out once (with writer folds, those of some group).
    std::vector<ScorerPrediction> leftOutPredictions;
    for (std::size_t i = 0; i < examples.size(); ++i) {
        if (result.fold[i] != alwaysTraining) {
            evaluated.push_back(examples[i]);
            leftOutPredictions.push_back(predictions[i]);
            result.rules.add(examples[i].expected, examples[i].rules.emergencyCategory);
        }
    }
    // Random folds keep the first version's veto (any evidence against); writer folds choose it too.
    const std::vector<int> vetoWeights = byWriter ? options.vetoWeights : std::vector<int> {1};
    for (const int vetoWeight : vetoWeights) {
        for (int step = 1; step <= 19; ++step) {
            result.thresholds.push_back(figuresAt(evaluated, leftOutPredictions, step / 4.0, vetoWeight));
        }
    }
    if (byWriter) {
        // The combined figures on left-out writers: the scorer's part is honest, the rules' part is optimistic (the
        // rules were tuned on every writer of dev).
        const ThresholdFigures* best = nullptr;
        const auto better = [&options](const ThresholdFigures& a, const ThresholdFigures* b) {
            if (!b) {
                return true;
            }
            const BinaryCounts& x = a.combined.emergency;
            const BinaryCounts& y = b->combined.emergency;
            const bool xMeets = x.recall() >= options.targetRecall;
            const bool yMeets = y.recall() >= options.targetRecall;
            if (xMeets != yMeets) {
                return xMeets;
            }
            if (xMeets) {
                return x.precision() >= y.precision();
            }
            return x.recall() >= y.recall();
        };
        for (const ThresholdFigures& figures : result.thresholds) {
            if (figures.combined.emergency.precision() >= options.targetPrecision && better(figures, best)) {
                best = &figures;
            }
        }
        result.chosenThreshold = best ? best->threshold : 5.0;
        result.chosenVetoWeight = best ? best->vetoWeight : 1;
    } else {
        for (const ThresholdFigures& figures : result.thresholds) {
            // The scorer's own precision: the rules were tuned on these tickets, so the combined figures are mostly
            // in-sample and would let any threshold pass.
            if (figures.model.emergency.precision() >= options.minPrecision) {
                result.chosenThreshold = figures.threshold;
                break;
            }
        }
    }
    result.predictions = std::move(predictions);
    return result;
}

std::string scorerModelText(const TriageScorer& scorer, const std::string& devChecksum)
{
    auto weightsText = [](const ScorerWeights& weights) {
        std::string text;
        for (const double weight : weights) {
            text += '\t' + compactWeight(weight);
        }
        return text + '\n';
    };
    std::string out = "hss-triage-model\t1\nchecksum\t" + devChecksum + "\nthreshold\t"
        + compactWeight(scorer.threshold()) + "\nveto\t" + std::to_string(scorer.vetoWeight()) + "\nfeatures\t"
        + std::to_string(scorer.featureKinds()) + "\nbias" + weightsText(scorer.bias());
    for (const auto& [feature, weights] : scorer.weights()) {
        out += feature + weightsText(weights);
    }
    return out;
}

} // namespace hss::triage
