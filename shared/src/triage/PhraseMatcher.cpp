// SPDX-License-Identifier: MIT
#include "PhraseMatcher.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "hss/triage/TextNormalizer.h"
#include "hss/triage/TriagePhrase.h"

namespace hss::triage::detail {

namespace {

constexpr std::size_t cueWindow = 5;
constexpr std::size_t postWindow = 4;

constexpr std::array<std::string_view, 17> negationCues {
    "no",    "not",    "without", "never", "none",  "nor",    "neither", "isnt", "wasnt",
    "arent", "werent", "doesnt",  "didnt", "hasnt", "havent", "hadnt",   "zero",
};

/// Words that end a negation's reach inside a clause.
constexpr std::array<std::string_view, 10> scopeBreakers {
    "but", "however", "although", "though", "except", "whereas", "while", "yet", "that", "which",
};

/// A cue followed by one of these reports a failure or doubt, not an absence: "not working", "no one can log in",
/// "never fired", "not sure whether", "no longer".
constexpr std::array<std::string_view, 56> pseudoNegationNext {
    "working",   "work",      "loading",    "load",      "loaded",     "responding", "respond",   "responsive",
    "available", "reachable", "accessible", "able",      "access",     "response",   "sure",      "certain",
    "clear",     "longer",    "one",        "only",      "idea",       "yet",        "receiving", "received",
    "sending",   "sent",      "firing",     "fire",      "fired",      "triggering", "triggered", "trigger",
    "showing",   "shown",     "displaying", "displayed", "connecting", "connected",  "starting",  "started",
    "saving",    "saved",     "printing",   "syncing",   "synced",     "updating",   "updated",   "flagged",
    "alerted",   "arriving",  "arrived",    "crossing",  "coming",     "came",       "signal",    "backup",
};

/// After a phrase, a cue followed by one of these denies it: "PHI was not exposed", "the dose did not reach".
constexpr std::array<std::string_view, 18> deniedOutcomes {
    "affected", "impacted",  "exposed", "accessed", "harmed", "reach",    "reached", "involved", "compromised",
    "viewed",   "disclosed", "leaked",  "breached", "occur",  "occurred", "happen",  "happened", "injured",
};

constexpr std::array<std::string_view, 5> postNegations {"none", "unaffected", "averted", "negative", "unharmed"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& words, std::string_view word)
{
    return std::find(words.begin(), words.end(), word) != words.end();
}

} // namespace

PhraseMatcher::PhraseMatcher(const std::vector<std::string>& tokens)
    : m_tokens(tokens)
{ }

std::optional<PhraseMatch> PhraseMatcher::find(const std::vector<std::string>& words, bool checkAfter) const
{
    std::optional<PhraseMatch> negatedMatch;
    if (words.empty()) {
        return std::nullopt;
    }
    for (std::size_t begin = 0; begin < m_tokens.size(); ++begin) {
        const std::optional<std::size_t> end = matchAt(words, 0, begin);
        if (!end) {
            continue;
        }
        std::string cue = negationBefore(begin);
        if (cue.empty() && checkAfter) {
            cue = negationAfter(*end);
        }
        if (cue.empty()) {
            return PhraseMatch {begin, *end, false, {}};
        }
        if (!negatedMatch) {
            negatedMatch = PhraseMatch {begin, *end, true, std::move(cue)};
        }
    }
    return negatedMatch;
}

std::string PhraseMatcher::text(std::size_t begin, std::size_t end) const
{
    std::string joined;
    for (std::size_t i = begin; i < end && i < m_tokens.size(); ++i) {
        joined += joined.empty() ? "" : " ";
        joined += m_tokens[i];
    }
    return joined;
}

std::optional<std::size_t> PhraseMatcher::matchAt(const std::vector<std::string>& words, std::size_t word,
                                                  std::size_t position) const
{
    if (word == words.size()) {
        return position;
    }
    if (words[word] == gapWord) {
        for (std::size_t skip = 0; skip <= phraseGapMax; ++skip) {
            const std::size_t next = position + skip;
            if (next > m_tokens.size() || (skip > 0 && m_tokens[next - 1] == clauseBreak)) {
                break;
            }
            if (auto end = matchAt(words, word + 1, next)) {
                return end;
            }
        }
        return std::nullopt;
    }
    if (position >= m_tokens.size() || m_tokens[position] != words[word]) {
        return std::nullopt;
    }
    return matchAt(words, word + 1, position + 1);
}

std::string PhraseMatcher::negationBefore(std::size_t begin) const
{
    for (std::size_t distance = 1; distance <= cueWindow && distance <= begin; ++distance) {
        const std::string& token = m_tokens[begin - distance];
        if (token == clauseBreak || contains(scopeBreakers, token)) {
            return {};
        }
        if (!contains(negationCues, token)) {
            continue;
        }
        const std::size_t next = begin - distance + 1;
        const bool pseudo = next < m_tokens.size() && contains(pseudoNegationNext, m_tokens[next]);
        if (!pseudo) {
            return token;
        }
    }
    return {};
}

std::string PhraseMatcher::negationAfter(std::size_t end) const
{
    const std::size_t last = std::min(m_tokens.size(), end + postWindow);
    for (std::size_t i = end; i < last; ++i) {
        const std::string& token = m_tokens[i];
        if (token == clauseBreak || contains(scopeBreakers, token)) {
            return {};
        }
        if (contains(postNegations, token)) {
            return token;
        }
        const bool hasNext = i + 1 < m_tokens.size();
        if (token == "ruled" && hasNext && m_tokens[i + 1] == "out") {
            return "ruled out";
        }
        if (contains(negationCues, token) && hasNext && contains(deniedOutcomes, m_tokens[i + 1])) {
            return token + " " + m_tokens[i + 1];
        }
    }
    return {};
}

} // namespace hss::triage::detail
