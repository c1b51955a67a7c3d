// SPDX-License-Identifier: MIT
// hss-train-triage: learns the triage scorer (issue 6) from the DEV split of the labelled tickets, reports k-fold
// cross-validated figures for the rules, the scorer and both, picks the threshold and writes the generated model.
// Usage: hss-train-triage [--labels FILE] [--output FILE.tsv] [--check] [--hold-out FIRST LAST [--naive-bayes]]
//                         [--random-folds] [--l2 X] [--iterations N] [--min-tickets N] [--emergency-weight X]
//                         [--features stems,pairs,groups,grams] [--threshold X [--veto N]] [--misses]
// Cross-validation leaves one writer out at a time (devWriterGroups()); --random-folds uses 5 random-order folds.
// The tuning options (--random-folds ... --features) only report: a model is written with the defaults alone.
// --check writes nothing and exits 1 when the committed model differs from a fresh one.
// --hold-out T573 T772 writes nothing: it learns (and picks the threshold) without the dev tickets numbered
// T573..T772 and reports the rules, the scorer and both on that batch alone (a batch by another writer).
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <string>
#include <utility>

#include "TriageTables.h"
#include "hss/triage/LabelledTicket.h"
#include "hss/triage/TriageScorerTraining.h"

using namespace hss::triage;
using namespace hss::triage::bench;

namespace {

void printSystem(const char* title, const ScorerCounts& counts)
{
    std::printf("\n### %s\n\n", title);
    printCountsHeader();
    for (std::size_t i = 0; i < allEmergencyCategories.size(); ++i) {
        printCounts(std::string(toString(allEmergencyCategories[i])).c_str(), counts.perCategory[i]);
    }
    printCounts("any (flag)", counts.emergency);
}

/// Per left-out writer at the chosen threshold, then pooled: the rules and rules + scorer.
void printWriterTable(const std::vector<ScorerExample>& examples, const CrossValidation& cv,
                      const ScorerTrainingOptions& options)
{
    std::printf("\n| left-out writer | tickets | emergencies | rules R | rules P | combined R | combined P | "
                "scorer FP added |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
    ScorerCounts pooledRules;
    ScorerCounts pooled;
    for (std::size_t g = 0; g < options.writerGroups.size(); ++g) {
        ScorerCounts rules;
        ScorerCounts combined;
        std::size_t tickets = 0;
        std::size_t emergencies = 0;
        std::size_t added = 0;
        for (std::size_t i = 0; i < examples.size(); ++i) {
            if (cv.fold[i] != g) {
                continue;
            }
            ++tickets;
            emergencies += examples[i].expected ? 1 : 0;
            TriageResult result = examples[i].rules;
            combineWithScorer(result, cv.predictions[i], cv.chosenThreshold, cv.chosenVetoWeight);
            rules.add(examples[i].expected, examples[i].rules.emergencyCategory);
            combined.add(examples[i].expected, result.emergencyCategory);
            pooledRules.add(examples[i].expected, examples[i].rules.emergencyCategory);
            pooled.add(examples[i].expected, result.emergencyCategory);
            added += !examples[i].expected && result.emergency && !examples[i].rules.emergency ? 1 : 0;
        }
        std::printf("| T%d-T%d | %zu | %zu | %.3f | %.3f | %.3f | %.3f | %zu |\n", options.writerGroups[g].first,
                    options.writerGroups[g].last, tickets, emergencies, rules.emergency.recall(),
                    rules.emergency.precision(), combined.emergency.recall(), combined.emergency.precision(), added);
    }
    std::printf("| **pooled** | | | %.3f | %.3f | **%.3f** | **%.3f** | |\n", pooledRules.emergency.recall(),
                pooledRules.emergency.precision(), pooled.emergency.recall(), pooled.emergency.precision());
}

unsigned parseFeatureKinds(const std::string& list)
{
    unsigned kinds = 0;
    kinds |= list.find("stems") != std::string::npos ? stemFeatures : 0U;
    kinds |= list.find("pairs") != std::string::npos ? pairFeatures : 0U;
    kinds |= list.find("groups") != std::string::npos ? groupFeatures : 0U;
    kinds |= list.find("grams") != std::string::npos ? gramFeatures : 0U;
    return kinds;
}

int ticketNumber(const std::string& id)
{
    return id.size() > 1 ? std::atoi(id.c_str() + 1) : -1;
}

int holdOut(const std::vector<ScorerExample>& examples, int first, int last, const ScorerTrainingOptions& options)
{
    std::vector<ScorerExample> rest;
    std::vector<ScorerExample> batch;
    for (const ScorerExample& example : examples) {
        const int number = ticketNumber(example.id);
        (number >= first && number <= last ? batch : rest).push_back(example);
    }
    const CrossValidation cv = crossValidate(rest, options);
    const TriageScorer scorer = trainScorer(rest, options, cv.chosenThreshold, cv.chosenVetoWeight);
    const ThresholdFigures figures = evaluateScorer(scorer, batch, cv.chosenThreshold, cv.chosenVetoWeight);
    ScorerCounts rules;
    for (const ScorerExample& example : batch) {
        rules.add(example.expected, example.rules.emergencyCategory);
    }
    std::printf("learned on %zu dev tickets, threshold %.2f (cross-validated on them); batch T%d..T%d: %zu tickets\n",
                rest.size(), cv.chosenThreshold, first, last, batch.size());
    printSystem("Batch: rules alone", rules);
    printSystem("Batch: scorer alone", figures.model);
    printSystem("Batch: rules + scorer", figures.combined);
    // For reading only: the threshold was chosen above, without the batch.
    std::printf("\n| threshold | combined P on the batch | combined R on the batch |\n|---:|---:|---:|\n");
    for (int step = 1; step <= 19; ++step) {
        const ThresholdFigures at = evaluateScorer(scorer, batch, step / 20.0, cv.chosenVetoWeight);
        std::printf("| %.2f | %.3f | %.3f |\n", step / 20.0, at.combined.emergency.precision(),
                    at.combined.emergency.recall());
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    std::string labels = HSS_TRIAGE_LABELS;
    std::string output = HSS_TRIAGE_MODEL;
    bool check = false;
    bool naiveBayes = false;
    bool tuning = false;
    std::optional<double> readAt;
    bool listMisses = false;
    int readVeto = 1;
    ScorerTrainingOptions options;
    std::optional<std::pair<int, int>> holdOutRange;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--labels" && i + 1 < argc) {
            labels = argv[++i];
        } else if (arg == "--output" && i + 1 < argc) {
            output = argv[++i];
        } else if (arg == "--naive-bayes") {
            naiveBayes = true; // with --hold-out only: the comparison model on the left-out batch
        } else if (arg == "--random-folds") {
            options.writerGroups.clear();
            tuning = true;
        } else if (arg == "--l2" && i + 1 < argc) {
            options.l2 = std::atof(argv[++i]);
            tuning = true;
        } else if (arg == "--iterations" && i + 1 < argc) {
            options.iterations = std::atoi(argv[++i]);
            tuning = true;
        } else if (arg == "--min-tickets" && i + 1 < argc) {
            options.minTickets = static_cast<std::size_t>(std::atoi(argv[++i]));
            tuning = true;
        } else if (arg == "--emergency-weight" && i + 1 < argc) {
            options.emergencyWeight = std::atof(argv[++i]);
            tuning = true;
        } else if (arg == "--features" && i + 1 < argc) {
            options.featureKinds = parseFeatureKinds(argv[++i]);
            tuning = true;
        } else if (arg == "--threshold" && i + 1 < argc) {
            readAt = std::atof(argv[++i]); // the per-writer table at this threshold, for reading only
            tuning = true;
        } else if (arg == "--veto" && i + 1 < argc) {
            readVeto = std::atoi(argv[++i]); // with --threshold
        } else if (arg == "--misses") {
            listMisses = true;
            tuning = true;
        } else if (arg == "--check") {
            check = true;
        } else if (arg == "--hold-out" && i + 2 < argc) {
            holdOutRange = {ticketNumber(argv[i + 1]), ticketNumber(argv[i + 2])};
            i += 2;
        } else {
            std::fprintf(
                stderr,
                "usage: hss-train-triage [--labels FILE] [--output FILE.tsv] [--check] [--hold-out FIRST LAST "
                "[--naive-bayes]] [--random-folds] [--l2 X] [--iterations N] [--min-tickets N] "
                "[--emergency-weight X] [--features stems,pairs,groups,grams] [--threshold X [--veto N]] [--misses]\n");
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
    const std::vector<ScorerExample> examples = scorerExamples(tickets.value(), options.featureKinds);
    if (holdOutRange) {
        options.naiveBayes = naiveBayes;
        return holdOut(examples, holdOutRange->first, holdOutRange->second, options);
    }
    const CrossValidation cv = crossValidate(examples, options);

    if (options.writerGroups.empty()) {
        std::printf("%zu dev tickets, %zu-fold cross-validation (ticket i in fold i %% %zu)\n", examples.size(),
                    options.folds, options.folds);
    } else {
        std::printf("%zu dev tickets, leave-one-writer-out cross-validation (%zu writers); figures pooled over the "
                    "left-out writers\n",
                    examples.size(), options.writerGroups.size());
    }
    std::printf("options: l2 %.4f, iterations %d, min tickets %zu, emergency weight %.2f, features %u\n", options.l2,
                options.iterations, options.minTickets, options.emergencyWeight, options.featureKinds);
    std::printf("\n| threshold | veto weight | model P | model R | combined P | combined R |\n"
                "|---:|---:|---:|---:|---:|---:|\n");
    const ThresholdFigures* chosen = nullptr;
    for (const ThresholdFigures& figures : cv.thresholds) {
        std::printf("| %.2f | %d | %.3f | %.3f | %.3f | %.3f |\n", figures.threshold, figures.vetoWeight,
                    figures.model.emergency.precision(), figures.model.emergency.recall(),
                    figures.combined.emergency.precision(), figures.combined.emergency.recall());
        if (figures.threshold == cv.chosenThreshold && figures.vetoWeight == cv.chosenVetoWeight) {
            chosen = &figures;
        }
    }
    ScorerTrainingOptions bayesOptions = options;
    bayesOptions.naiveBayes = true;
    const CrossValidation bayes = crossValidate(examples, bayesOptions);
    for (const ThresholdFigures& figures : bayes.thresholds) {
        if (figures.threshold == bayes.chosenThreshold && figures.vetoWeight == bayes.chosenVetoWeight) {
            std::printf("\nnaive Bayes for comparison (same features, same folds), at its chosen threshold %.2f and "
                        "veto weight %d: combined P %.3f, R %.3f\n",
                        figures.threshold, figures.vetoWeight, figures.combined.emergency.precision(),
                        figures.combined.emergency.recall());
        }
    }
    if (options.writerGroups.empty()) {
        std::printf("\nchosen threshold %.2f (evidence in nats; lowest with the scorer's own precision >= %.2f)\n",
                    cv.chosenThreshold, options.minPrecision);
    } else {
        std::printf(
            "\nchosen threshold %.2f, veto weight %d (evidence in nats; pooled left-out combined recall >= %.2f "
            "with the best precision, else the best recall with precision >= %.2f)\n",
            cv.chosenThreshold, cv.chosenVetoWeight, options.targetRecall, options.targetPrecision);
        printWriterTable(examples, cv, options);
        if (listMisses) {
            // Dev tickets only: what the combination misses on a left-out writer, and why the scorer did not help.
            for (std::size_t i = 0; i < examples.size(); ++i) {
                TriageResult result = examples[i].rules;
                combineWithScorer(result, cv.predictions[i], cv.chosenThreshold, cv.chosenVetoWeight);
                if (examples[i].expected && !result.emergency) {
                    std::printf("missed %s: evidence %.2f%s\n", examples[i].id.c_str(),
                                cv.predictions[i].emergencyEvidence(),
                                rulesVeto(examples[i].rules, cv.chosenVetoWeight) ? ", vetoed by the rules" : "");
                }
            }
        }
        if (readAt) {
            CrossValidation at = cv;
            at.chosenThreshold = *readAt;
            at.chosenVetoWeight = readVeto;
            std::printf("\nthe same at threshold %.2f and veto weight %d (read only, not chosen):\n", *readAt,
                        readVeto);
            printWriterTable(examples, at, options);
        }
    }
    printSystem("Rules alone (dev, tuned on all of it)", cv.rules);
    if (chosen) {
        printSystem("Scorer alone at the chosen threshold (cross-validated)", chosen->model);
        printSystem("Rules + scorer at the chosen threshold (cross-validated)", chosen->combined);
        std::printf("\nnon-emergencies the scorer alone flags but the rules veto (negation, resolved, test system, "
                    "drill, question, ...): %zu\n",
                    chosen->vetoedFalseAlarms);
        // Dev tickets only (the examples hold no others): where the scorer adds a false alarm or a wrong category.
        std::printf("false alarms the scorer adds (out of fold):");
        for (std::size_t i = 0; i < examples.size(); ++i) {
            TriageResult combined = examples[i].rules;
            combineWithScorer(combined, cv.predictions[i], cv.chosenThreshold, cv.chosenVetoWeight);
            if (!examples[i].expected && combined.emergency && !examples[i].rules.emergency) {
                std::printf(" %s", examples[i].id.c_str());
            }
        }
        std::printf("\n");
    }

    if (tuning) {
        return 0; // a trial of other options: the committed model is made with the defaults only
    }
    const TriageScorer scorer = trainScorer(examples, options, cv.chosenThreshold, cv.chosenVetoWeight);
    const std::string source = scorerModelText(scorer, devSplitChecksum(tickets.value()));
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
