// SPDX-License-Identifier: MIT
// Healthcare, clinical workflow, IT operations and AI-product vocabulary, written for this project. Clinical harm
// weighs most: a wrong dosage or a misdiagnosis is worse than a slow screen.
#include <array>

#include "LexiconEntries.h"

namespace hss::sentiment::detail {

namespace {

constexpr std::array domainTable {
    // Clinical harm and safety.
    LexiconEntry {"misdiagnosis", -3.2},
    LexiconEntry {"misdiagnosed", -3.2},
    LexiconEntry {"missed diagnosis", -3.2},
    LexiconEntry {"wrong diagnosis", -3.2},
    LexiconEntry {"wrong dosage", -3.4},
    LexiconEntry {"wrong dose", -3.4},
    LexiconEntry {"wrong patient", -3.4},
    LexiconEntry {"wrong medication", -3.4},
    LexiconEntry {"overdose", -3.2},
    LexiconEntry {"underdose", -2.8},
    LexiconEntry {"medication error", -3.2},
    LexiconEntry {"adverse event", -2.8},
    LexiconEntry {"near miss", -2.4},
    // An error intercepted in time is a success story.
    LexiconEntry {"before it reached the patient", 3.4},
    LexiconEntry {"before it reached patients", 3.4},
    LexiconEntry {"patient harm", -3.4},
    LexiconEntry {"patient safety risk", -3.2},
    LexiconEntry {"safety risk", -2.8},
    LexiconEntry {"unsafe", -3.0},
    LexiconEntry {"false negative", -2.6},
    LexiconEntry {"false negatives", -2.6},
    LexiconEntry {"false positive", -1.9},
    LexiconEntry {"false positives", -1.9},
    LexiconEntry {"false alarm", -1.6},
    LexiconEntry {"false alarms", -1.6},
    LexiconEntry {"missed", -1.9},
    LexiconEntry {"overlooked", -1.9},
    LexiconEntry {"mislabeled", -2.3},
    LexiconEntry {"mislabelled", -2.3},
    LexiconEntry {"misread", -2.2},
    LexiconEntry {"contraindicated", -1.8},
    LexiconEntry {"contraindication", -1.4},
    LexiconEntry {"complication", -1.6},
    LexiconEntry {"complications", -1.6},
    LexiconEntry {"delayed treatment", -2.8},
    LexiconEntry {"treatment delay", -2.6},
    LexiconEntry {"alert fatigue", -2.0},
    LexiconEntry {"clinically wrong", -3.0},
    LexiconEntry {"life-threatening", -3.0},
    LexiconEntry {"life threatening", -3.0},
    LexiconEntry {"data loss", -2.9},
    LexiconEntry {"data breach", -3.0},
    LexiconEntry {"breach", -2.4},
    LexiconEntry {"privacy violation", -3.0},
    LexiconEntry {"non-compliant", -2.2},
    LexiconEntry {"noncompliant", -2.2},
    LexiconEntry {"lawsuit", -2.4},
    LexiconEntry {"liability", -1.8},
    // Clinical benefit.
    LexiconEntry {"life-saving", 3.2},
    LexiconEntry {"life saving", 3.2},
    LexiconEntry {"lifesaver", 3.1},
    LexiconEntry {"saved a life", 3.3},
    LexiconEntry {"saved lives", 3.3},
    LexiconEntry {"caught early", 2.6},
    LexiconEntry {"early detection", 2.3},
    LexiconEntry {"flagged correctly", 2.4},
    LexiconEntry {"correct diagnosis", 2.6},
    LexiconEntry {"accurate diagnosis", 2.6},
    LexiconEntry {"better outcomes", 2.6},
    LexiconEntry {"improved outcomes", 2.6},
    LexiconEntry {"patient safety", 0.6},
    LexiconEntry {"clinically useful", 2.4},
    LexiconEntry {"clinically relevant", 1.6},
    LexiconEntry {"evidence-based", 1.2},
    LexiconEntry {"well tolerated", 1.8},
    LexiconEntry {"compliant", 1.3},
    // Time and workflow.
    LexiconEntry {"saved time", 2.4},
    LexiconEntry {"saves time", 2.4},
    LexiconEntry {"saving time", 2.4},
    LexiconEntry {"time-saving", 2.3},
    LexiconEntry {"time saver", 2.4},
    LexiconEntry {"saved us", 3.0},
    LexiconEntry {"saves us", 2.0},
    LexiconEntry {"saved me", 3.0},
    LexiconEntry {"streamlined", 2.0},
    LexiconEntry {"streamlines", 2.0},
    LexiconEntry {"workaround", -1.2},
    LexiconEntry {"backlog", -1.3},
    LexiconEntry {"bottleneck", -1.8},
    LexiconEntry {"overtime", -1.2},
    LexiconEntry {"double documentation", -2.0},
    LexiconEntry {"extra clicks", -1.6},
    LexiconEntry {"too many clicks", -2.0},
    LexiconEntry {"manual workaround", -1.8},
    LexiconEntry {"paperwork", -0.8},
    // IT operations.
    LexiconEntry {"downtime", -2.4},
    LexiconEntry {"outage", -2.6},
    LexiconEntry {"outages", -2.6},
    LexiconEntry {"offline", -0.7},
    LexiconEntry {"went offline", -2.0},
    LexiconEntry {"is down", -2.2},
    LexiconEntry {"was down", -2.2},
    LexiconEntry {"are down", -2.2},
    LexiconEntry {"down again", -2.4},
    LexiconEntry {"couldn't log in", -2.2},
    LexiconEntry {"can't log in", -2.2},
    LexiconEntry {"cannot log in", -2.2},
    LexiconEntry {"didn't fire", -2.2},
    LexiconEntry {"did not fire", -2.2},
    LexiconEntry {"failed to fire", -2.4},
    LexiconEntry {"error code", -0.5},
    LexiconEntry {"downtime procedure", 0.0},
    LexiconEntry {"downtime procedures", 0.0},
    LexiconEntry {"timeout", -1.7},
    LexiconEntry {"timeouts", -1.7},
    LexiconEntry {"timed out", -1.8},
    LexiconEntry {"latency", -1.2},
    LexiconEntry {"unavailable", -2.0},
    LexiconEntry {"inaccessible", -2.0},
    LexiconEntry {"locked out", -2.2},
    LexiconEntry {"corrupted", -2.6},
    LexiconEntry {"corrupt", -2.4},
    LexiconEntry {"sync failure", -2.4},
    LexiconEntry {"data mismatch", -2.0},
    LexiconEntry {"duplicate", -1.0},
    LexiconEntry {"duplicates", -1.0},
    LexiconEntry {"regression", -1.9},
    LexiconEntry {"rollback", -1.2},
    LexiconEntry {"blank screen", -2.0},
    LexiconEntry {"error message", -1.6},
    LexiconEntry {"error messages", -1.6},
    LexiconEntry {"went down", -2.2},
    LexiconEntry {"goes down", -2.2},
    LexiconEntry {"keeps crashing", -2.8},
    LexiconEntry {"keeps failing", -2.8},
    LexiconEntry {"uptime", 1.2},
    LexiconEntry {"no downtime", 2.2},
    LexiconEntry {"zero downtime", 2.4},
    LexiconEntry {"rock solid", 2.6},
    LexiconEntry {"back online", 1.6},
    LexiconEntry {"restored", 1.6},
    LexiconEntry {"responsive support", 2.2},
    LexiconEntry {"root cause", -0.4},
    // AI product.
    LexiconEntry {"hallucinated", -2.9},
    LexiconEntry {"hallucinates", -2.9},
    LexiconEntry {"hallucination", -2.9},
    LexiconEntry {"hallucinations", -2.9},
    LexiconEntry {"made up", -2.2},
    LexiconEntry {"makes up", -2.2},
    LexiconEntry {"fabricated", -2.8},
    LexiconEntry {"nonsense", -2.4},
    LexiconEntry {"gibberish", -2.4},
    LexiconEntry {"biased", -2.1},
    LexiconEntry {"bias", -1.7},
    LexiconEntry {"black box", -1.6},
    LexiconEntry {"overconfident", -2.0},
    LexiconEntry {"irrelevant", -1.8},
    LexiconEntry {"generic", -0.9},
    LexiconEntry {"inconsistent results", -2.2},
    LexiconEntry {"drift", -1.2},
    LexiconEntry {"explainable", 1.6},
    LexiconEntry {"transparent", 1.6},
    LexiconEntry {"well calibrated", 2.0},
    LexiconEntry {"spot on", 2.8},
    LexiconEntry {"on point", 2.4},
    LexiconEntry {"insightful", 2.2},
    LexiconEntry {"relevant", 1.2},
    LexiconEntry {"sensible", 1.4},
    LexiconEntry {"high quality", 2.2},
    LexiconEntry {"low quality", -2.2},
    LexiconEntry {"high accuracy", 2.4},
    LexiconEntry {"low accuracy", -2.3},
};

constexpr std::array intensifierTable {
    LexiconEntry {"very", 1.3},       LexiconEntry {"really", 1.3},        LexiconEntry {"extremely", 1.5},
    LexiconEntry {"incredibly", 1.5}, LexiconEntry {"exceptionally", 1.5}, LexiconEntry {"highly", 1.3},
    LexiconEntry {"so", 1.2},         LexiconEntry {"too", 1.2},           LexiconEntry {"totally", 1.3},
    LexiconEntry {"completely", 1.4}, LexiconEntry {"absolutely", 1.4},    LexiconEntry {"utterly", 1.5},
    LexiconEntry {"seriously", 1.3},  LexiconEntry {"truly", 1.3},         LexiconEntry {"super", 1.3},
    LexiconEntry {"especially", 1.2}, LexiconEntry {"particularly", 1.2},  LexiconEntry {"most", 1.2},
    LexiconEntry {"much", 1.2},       LexiconEntry {"consistently", 1.2},  LexiconEntry {"constantly", 1.3},
    LexiconEntry {"always", 1.1},     LexiconEntry {"dangerously", 1.5},   LexiconEntry {"critically", 1.4},
    LexiconEntry {"slightly", 0.6},   LexiconEntry {"somewhat", 0.7},      LexiconEntry {"bit", 0.7},
    LexiconEntry {"little", 0.7},     LexiconEntry {"mildly", 0.6},        LexiconEntry {"marginally", 0.6},
    LexiconEntry {"partly", 0.7},     LexiconEntry {"partially", 0.7},     LexiconEntry {"fairly", 0.85},
    LexiconEntry {"rather", 0.9},     LexiconEntry {"barely", 0.5},        LexiconEntry {"occasionally", 0.6},
    LexiconEntry {"sometimes", 0.8},
};

constexpr auto negatorTable = std::to_array<std::string_view>({
    "not",      "no",        "never",   "none",   "nothing", "nobody", "neither", "nor",      "without",
    "hardly",   "isn't",     "isnt",    "wasn't", "wasnt",   "aren't", "arent",   "weren't",  "don't",
    "dont",     "doesn't",   "doesnt",  "didn't", "didnt",   "can't",  "cant",    "couldn't", "won't",
    "wouldn't", "shouldn't", "haven't", "hasn't", "lack",    "cannot", "rarely",  "seldom",
});

constexpr auto contrastTable =
    std::to_array<std::string_view>({"but", "however", "nevertheless", "nonetheless", "except"});

} // namespace

std::span<const LexiconEntry> domainEntries()
{
    return domainTable;
}

std::span<const LexiconEntry> intensifierEntries()
{
    return intensifierTable;
}

std::span<const std::string_view> negatorWords()
{
    return negatorTable;
}

std::span<const std::string_view> contrastWords()
{
    return contrastTable;
}

} // namespace hss::sentiment::detail
