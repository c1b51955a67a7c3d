// SPDX-License-Identifier: MIT
// hss-bench-triage: how well the triage rules (hss::triage) find emergencies in the labelled tickets.
// Usage: hss-bench-triage [--labels FILE] [--rules EXTRA.json] [--misses dev|test|all] [--explain TICKET-ID]
// Prints, for the dev split (the rules were tuned on it), the held-out test split and both, the precision and
// recall per emergency category, of the emergency flag, and the priority and category accuracy.
#include <cstdio>
#include <optional>
#include <string>

#include "TriageTables.h"
#include "hss/triage/LabelledTicket.h"
#include "hss/triage/Triage.h"
#include "hss/triage/TriageEvaluation.h"
#include "hss/triage/TriageScorer.h"

using namespace hss::triage;
using namespace hss::triage::bench;

namespace {

void printEvaluation(const char* title, const TriageEvaluation& evaluation)
{
    std::printf("\n### %s: %zu tickets\n\n", title, evaluation.tickets);
    printCountsHeader();
    for (std::size_t i = 0; i < allEmergencyCategories.size(); ++i) {
        printCounts(std::string(toString(allEmergencyCategories[i])).c_str(), evaluation.perCategory[i]);
    }
    printCounts("any (flag)", evaluation.emergency);
    std::printf("\npriority accuracy %.3f (%zu/%zu), category accuracy %.3f (%zu/%zu)\n", evaluation.priorityAccuracy(),
                evaluation.priorityCorrect, evaluation.tickets, evaluation.categoryAccuracy(),
                evaluation.categoryCorrect, evaluation.tickets);
}

/// Prints a ticket and the reasons triage gives for it.
void explain(const LabelledTicket& ticket, const TriageRuleSet& rules)
{
    const TriageResult result = triage({ticket.title, ticket.description, std::nullopt}, rules);
    std::printf("\n%s: %s\n  %s\n  scores:", ticket.id.c_str(), ticket.title.c_str(), ticket.description.c_str());
    for (std::size_t i = 0; i < allEmergencyCategories.size(); ++i) {
        std::printf(" %s %d", std::string(toString(allEmergencyCategories[i])).c_str(), result.emergencyScores[i]);
    }
    std::printf("\n");
    for (const TriageReason& reason : result.reasons) {
        std::printf("  - %s\n", reason.message.c_str());
    }
}

} // namespace

int main(int argc, char** argv)
{
    std::string labelsPath = HSS_TRIAGE_LABELS;
    std::string rulesPath;
    std::optional<std::string> missesSplit;
    std::string explainId;
    bool withScorer = false;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string option = argv[i];
        if (option == "--labels") {
            labelsPath = argv[i + 1];
        } else if (option == "--rules") {
            rulesPath = argv[i + 1];
        } else if (option == "--explain") {
            explainId = argv[i + 1];
        } else if (option == "--misses") {
            missesSplit = argv[i + 1];
        } else if (option == "--scorer") {
            // "default": the rules with the learned scorer, as agents get them; "none": the rules alone.
            withScorer = std::string(argv[i + 1]) == "default";
        } else {
            std::fprintf(stderr, "unknown option %s\n", option.c_str());
            return 2;
        }
    }
    const auto text = readFile(labelsPath);
    if (!text) {
        std::fprintf(stderr, "cannot read %s\n", labelsPath.c_str());
        return 1;
    }
    const auto tickets = labelledTicketsFromJsonLines(*text);
    if (!tickets) {
        std::fprintf(stderr, "%s: %s\n", labelsPath.c_str(), hss::describe(tickets.error()).c_str());
        return 1;
    }
    TriageRuleSet rules = TriageRuleSet::defaults();
    if (!rulesPath.empty()) {
        const auto extra = readFile(rulesPath);
        auto withExtra = extra ? rules.withAdditionsFromJson(*extra)
                               : hss::Result<TriageRuleSet>(hss::Error {hss::ErrorCode::NotFound, {}, "cannot read"});
        if (!withExtra) {
            std::fprintf(stderr, "%s: %s\n", rulesPath.c_str(), hss::describe(withExtra.error()).c_str());
            return 1;
        }
        rules = std::move(withExtra).value();
    }
    const TriageScorer* scorer = withScorer ? &TriageScorer::defaults() : nullptr;
    std::printf("triage rules: %zu phrases, emergency threshold %d, %s; labels: %s\n", rules.phrases().size(),
                rules.emergencyThreshold(), scorer ? "with the learned scorer" : "rules alone", labelsPath.c_str());
    const TriageEvaluation dev = evaluateTriage(tickets.value(), LabelSplit::Dev, rules, scorer);
    const TriageEvaluation test = evaluateTriage(tickets.value(), LabelSplit::Test, rules, scorer);
    const TriageEvaluation all = evaluateTriage(tickets.value(), std::nullopt, rules, scorer);
    printEvaluation("dev split (rules tuned on it)", dev);
    printEvaluation("test split (held out)", test);
    printEvaluation("all tickets", all);
    if (missesSplit) {
        const TriageEvaluation& chosen = *missesSplit == "dev" ? dev : *missesSplit == "test" ? test : all;
        std::printf("\nmisses (%s):\n", missesSplit->c_str());
        for (const TriageMiss& miss : chosen.misses) {
            std::printf("  %s %s\n", miss.id.c_str(), miss.what.c_str());
        }
    }
    for (const LabelledTicket& ticket : tickets.value()) {
        if (ticket.id == explainId) {
            explain(ticket, rules);
        }
    }
    return 0;
}
