// SPDX-License-Identifier: MIT
// hss-bench-sentiment: how well and how fast hss::sentiment::SentimentAnalyzer labels the texts of
// tests/data/sentiment/labelled.tsv.
// Usage: hss-bench-sentiment [--labels FILE] [--misses tuning|held-out|all] [--rounds N]
// Prints accuracy, precision and recall per label and the confusion matrix for the tuning part (the lexicon was
// tuned on it), the held-out part and both; then the throughput over all texts, repeated N times (default 200).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include "hss/sentiment/SentimentEvaluation.h"

using namespace hss::sentiment;

namespace {

std::optional<std::string> readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

const char* name(SentimentLabel label)
{
    return toString(label).data(); // the wire names are string literals
}

void printEvaluation(const char* title, const SentimentEvaluation& evaluation)
{
    std::printf("\n### %s: %zu texts, accuracy %.3f\n\n", title, evaluation.texts, evaluation.accuracy());
    std::printf("| %-8s | %9s | %6s |\n|----------|----------:|-------:|\n", "label", "precision", "recall");
    for (const SentimentLabel label : allSentimentLabels) {
        std::printf("| %-8s | %9.3f | %6.3f |\n", name(label), evaluation.precision(label), evaluation.recall(label));
    }
    std::printf("\n| expected \\ predicted | negative | neutral | positive |\n|---|---:|---:|---:|\n");
    for (const SentimentLabel label : allSentimentLabels) {
        const auto& row = evaluation.confusion[static_cast<std::size_t>(label)];
        std::printf("| %-20s | %8zu | %7zu | %8zu |\n", name(label), row[0], row[1], row[2]);
    }
    if (evaluation.errors > 0) {
        std::printf("\n%zu texts were refused (invalid UTF-8)\n", evaluation.errors);
    }
}

void printMisses(const std::vector<LabelledText>& texts, std::optional<LabelledPart> part,
                 const SentimentAnalyzer& analyzer)
{
    std::printf("\n### misses\n\n");
    for (const LabelledText& text : texts) {
        if (part && text.part != *part) {
            continue;
        }
        const auto result = analyzer.analyze(text.text);
        if (!result || result.value().label == text.label) {
            continue;
        }
        std::printf("line %zu: expected %s, got %s (%.3f): %s\n   ", text.line, name(text.label),
                    name(result.value().label), result.value().score, text.text.c_str());
        for (const SentimentTerm& term : result.value().terms) {
            std::printf(" [%s %.2f%s]", term.term.c_str(), term.weight, term.negated ? " negated" : "");
        }
        std::printf("\n");
    }
}

} // namespace

int main(int argc, char** argv)
{
    std::string labelsPath = HSS_SENTIMENT_LABELS;
    std::optional<std::string> misses;
    int rounds = 200;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string option = argv[i];
        if (option == "--labels") {
            labelsPath = argv[i + 1];
        } else if (option == "--misses") {
            misses = argv[i + 1];
        } else if (option == "--rounds") {
            rounds = std::max(1, std::atoi(argv[i + 1]));
        } else {
            std::fprintf(stderr, "unknown option %s\n", option.c_str());
            return 2;
        }
    }
    const auto tsv = readFile(labelsPath);
    if (!tsv) {
        std::fprintf(stderr, "cannot read %s\n", labelsPath.c_str());
        return 1;
    }
    auto texts = labelledTextsFromTsv(*tsv);
    if (!texts) {
        std::fprintf(stderr, "%s: %s\n", labelsPath.c_str(), describe(texts.error()).c_str());
        return 1;
    }
    const SentimentAnalyzer analyzer;
    std::printf("## Sentiment analysis: %s\n", labelsPath.c_str());
    printEvaluation("tuning part", evaluateSentiment(texts.value(), LabelledPart::Tuning, analyzer));
    printEvaluation("held-out part", evaluateSentiment(texts.value(), LabelledPart::HeldOut, analyzer));
    printEvaluation("all texts", evaluateSentiment(texts.value(), std::nullopt, analyzer));
    if (misses) {
        const std::optional<LabelledPart> part = *misses == "tuning" ? std::optional(LabelledPart::Tuning)
            : *misses == "held-out"                                  ? std::optional(LabelledPart::HeldOut)
                                                                     : std::nullopt;
        printMisses(texts.value(), part, analyzer);
    }

    std::size_t analysed = 0;
    std::size_t bytes = 0;
    double checksum = 0.0; // keeps the optimiser from dropping the work
    const auto start = std::chrono::steady_clock::now();
    for (int round = 0; round < rounds; ++round) {
        for (const LabelledText& text : texts.value()) {
            const auto result = analyzer.analyze(text.text);
            checksum += result ? result.value().score : 0.0;
            ++analysed;
            bytes += text.text.size();
        }
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("\n### throughput\n\n%zu analyses (%d rounds) in %.3f s: %.0f texts/s, %.1f MB/s (checksum %.3f)\n",
                analysed, rounds, seconds, static_cast<double>(analysed) / seconds,
                static_cast<double>(bytes) / seconds / 1e6, checksum);
    return 0;
}
