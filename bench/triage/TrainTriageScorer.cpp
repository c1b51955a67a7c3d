// SPDX-License-Identifier: MIT
// hss-train-triage: learns the triage scorer (issue 6) from the DEV split of the labelled tickets, reports k-fold
// cross-validated figures for the rules, the scorer and both, picks the threshold and writes the generated model.
// Usage: hss-train-triage [--labels FILE] [--output FILE.cpp] [--check]
// --check writes nothing and exits 1 when the committed model differs from a fresh one.
#include <cstdio>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include "hss/triage/LabelledTicket.h"
#include "hss/triage/TriageScorerTraining.h"

using namespace hss::triage;

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

void printCounts(const char* name, const BinaryCounts& counts)
{
    std::printf("| %-20s | %9.3f | %6.3f | %3zu | %3zu | %3zu |\n", name, counts.precision(), counts.recall(),
                counts.truePositives, counts.falsePositives, counts.falseNegatives);
}

void printSystem(const char* title, const ScorerCounts& counts)
{
    std::printf("\n### %s\n\n", title);
    std::printf("| %-20s | %9s | %6s | %3s | %3s | %3s |\n", "emergency", "precision", "recall", "TP", "FP", "FN");
    std::printf("|%s|%s|%s|%s|%s|%s|\n", "----------------------",
                "----------:", "-------:", "----:", "----:", "----:");
    for (std::size_t i = 0; i < allEmergencyCategories.size(); ++i) {
        printCounts(std::string(toString(allEmergencyCategories[i])).c_str(), counts.perCategory[i]);
    }
    printCounts("any (flag)", counts.emergency);
}

} // namespace

int main(int argc, char** argv)
{
    std::string labels = HSS_TRIAGE_LABELS;
    std::string output = HSS_TRIAGE_MODEL;
    bool check = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--labels" && i + 1 < argc) {
            labels = argv[++i];
        } else if (arg == "--output" && i + 1 < argc) {
            output = argv[++i];
        } else if (arg == "--check") {
            check = true;
        } else {
            std::fprintf(stderr, "usage: hss-train-triage [--labels FILE] [--output FILE.cpp] [--check]\n");
            return 2;
        }
    }
    const std::optional<std::string> text = readFile(labels);
    if (!text) {
        std::fprintf(stderr, "cannot read %s\n", labels.c_str());
        return 2;
    }
    const auto tickets = labelledTicketsFromJsonLines(*text);
    if (!tickets) {
        std::fprintf(stderr, "%s: %s\n", labels.c_str(), hss::describe(tickets.error()).c_str());
        return 2;
    }
    // Only the dev split: scorerExamples() and devSplitChecksum() skip test tickets.
    const std::vector<ScorerExample> examples = scorerExamples(tickets.value());
    const ScorerTrainingOptions options;
    const CrossValidation cv = crossValidate(examples, options);

    std::printf("%zu dev tickets, %zu-fold cross-validation (ticket i in fold i %% %zu)\n", examples.size(),
                options.folds, options.folds);
    std::printf("\n| threshold | model P | model R | combined P | combined R |\n|---:|---:|---:|---:|---:|\n");
    const ThresholdFigures* chosen = nullptr;
    for (const ThresholdFigures& figures : cv.thresholds) {
        std::printf("| %.2f | %.3f | %.3f | %.3f | %.3f |\n", figures.threshold, figures.model.emergency.precision(),
                    figures.model.emergency.recall(), figures.combined.emergency.precision(),
                    figures.combined.emergency.recall());
        if (figures.threshold == cv.chosenThreshold) {
            chosen = &figures;
        }
    }
    std::printf("\nchosen threshold %.2f (lowest with combined precision >= %.2f)\n", cv.chosenThreshold,
                options.minPrecision);
    printSystem("Rules alone (dev)", cv.rules);
    if (chosen) {
        printSystem("Scorer alone at the chosen threshold (cross-validated)", chosen->model);
        printSystem("Rules + scorer at the chosen threshold (cross-validated)", chosen->combined);
        std::printf("\nnon-emergencies the scorer alone flags but the rules veto (negation, resolved, test system, "
                    "drill, question, ...): %zu\n",
                    chosen->vetoedFalseAlarms);
    }

    const TriageScorer scorer = trainScorer(examples, options, cv.chosenThreshold);
    const std::string source = scorerSource(scorer, devSplitChecksum(tickets.value()));
    std::printf("\nfinal model: %zu features\n", scorer.weights().size());
    if (check) {
        const bool same = readFile(output).value_or("") == source;
        std::printf("%s %s\n", output.c_str(), same ? "is up to date" : "differs from a fresh model");
        return same ? 0 : 1;
    }
    std::ofstream out(output, std::ios::binary);
    out << source;
    std::printf("wrote %s\n", output.c_str());
    return out ? 0 : 1;
}
