// SPDX-License-Identifier: MIT
#include "PhraseMatcher.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "hss/triage/TextNormalizer.h"
#include "hss/triage/TriagePhrase.h"
#include "hss/triage/TriageVocabulary.h"

namespace hss::triage::detail {

namespace {

constexpr std::size_t cueWindow = 5;

/// A gap never skips "still": "is still restoring" reports a state that goes on, which "@already * @resolved" must
/// not read as "is restored".
constexpr std::string_view gapStopStem = "still";
constexpr std::size_t postWindow = 4;

constexpr std::array<std::string_view, 21> negationCues {
    "no",     "not",   "without", "never",  "none",  "nor",  "neither", "isnt", "wasnt",  "arent", "werent",
    "doesnt", "didnt", "hasnt",   "havent", "hadnt", "zero", "nothing", "if",   "nobody", "noone",
};

/// "no one"/"nobody" deny what follows only as the subject of a state ("nobody was hurt"); "no one can log in" and
/// "nobody in the ED can" report a failure instead.
constexpr std::array<std::string_view, 9> personNegationNext {
    "was", "were", "is", "got", "ha", "has", "had", "been", "have",
};

/// Words that end a negation's reach inside a clause.
constexpr std::array<std::string_view, 10> scopeBreakers {
    "but", "however", "although", "though", "except", "whereas", "while", "yet", "that", "which",
};

/// A cue followed by one of these reports a failure or doubt, not an absence: "not working", "no one can log in",
/// "never fired", "not sure whether", "no longer".
constexpr std::array<std::string_view, 58> pseudoNegationNext {
    "working",   "work",      "loading",    "load",      "loaded",     "responding", "respond",   "responsive",
    "available", "reachable", "accessible", "able",      "access",     "response",   "sure",      "certain",
    "clear",     "longer",    "one",        "only",      "idea",       "yet",        "receiving", "received",
    "sending",   "sent",      "firing",     "fire",      "fired",      "triggering", "triggered", "trigger",
    "showing",   "shown",     "displaying", "displayed", "connecting", "connected",  "starting",  "started",
    "saving",    "saved",     "printing",   "syncing",   "synced",     "updating",   "updated",   "flagged",
    "alerted",   "arriving",  "arrived",    "crossing",  "coming",     "came",       "signal",    "backup",
    "flow",      "flowing",
};

/// After a phrase, a cue followed by one of these denies it: "PHI was not exposed", "the dose did not reach".
constexpr std::array<std::string_view, 19> deniedOutcomes {
    "affected", "impacted",    "exposed",  "accessed",  "harmed", "reach",    "reached",
    "involved", "compromised", "viewed",   "disclosed", "leaked", "breached", "occur",
    "occurred", "happen",      "happened", "injured",   "hurt",
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
{
    m_stems.reserve(tokens.size());
    m_groups.reserve(tokens.size());
    for (const std::string& token : tokens) {
        m_stems.push_back(stemWord(token));
        m_groups.push_back(synonymGroupsOfStem(m_stems.back()));
    }
}

std::optional<PhraseMatch> PhraseMatcher::find(const std::vector<std::string>& words, bool checkAfter) const
{
    if (words.empty()) {
        return std::nullopt;
    }
    const auto pair =
        std::find_if(words.begin(), words.end(), [](const std::string& word) { return isPairWord(word); });
    if (pair != words.end()) {
        const auto second =
            std::find_if(pair + 1, words.end(), [](const std::string& word) { return isPairWord(word); });
        if (second != words.end()) {
            return findChain({Words(words.begin(), pair), Words(pair + 1, second), Words(second + 1, words.end())},
                             checkAfter);
        }
        return findPair(Words(words.begin(), pair), Words(pair + 1, words.end()), *pair == togetherWord, checkAfter);
    }
    std::optional<PhraseMatch> negatedMatch;
    for (const Occurrence& found : occurrences(words)) {
        std::string cue = negationBefore(found.begin);
        if (cue.empty() && checkAfter) {
            cue = negationAfter(found.end);
        }
        if (cue.empty()) {
            return PhraseMatch {found.begin, found.end, false, {}, found.end, found.end};
        }
        if (!negatedMatch) {
            negatedMatch = PhraseMatch {found.begin, found.end, true, std::move(cue), found.end, found.end};
        }
    }
    return negatedMatch;
}

std::vector<PhraseMatcher::Occurrence> PhraseMatcher::occurrences(Words words) const
{
    // Resolved once per phrase, not once per token position.
    std::vector<PatternWord> pattern;
    pattern.reserve(words.size());
    for (const std::string& word : words) {
        PatternWord compiled {word, 0, word == gapWord};
        if (word.front() == groupPrefix) {
            const std::optional<std::size_t> group = synonymGroupIndex(std::string_view(word).substr(1));
            compiled.groups = group ? std::uint64_t {1} << *group : 0;
            compiled.stem = {}; // no token has an empty stem, so an unknown group matches nothing
        }
        pattern.push_back(compiled);
    }
    std::vector<Occurrence> found;
    for (std::size_t begin = 0; begin < m_tokens.size(); ++begin) {
        if (const std::optional<std::size_t> end = matchAt(pattern, 0, begin)) {
            found.push_back({begin, *end});
        }
    }
    return found;
}

std::optional<PhraseMatch> PhraseMatcher::findPair(Words left, Words right, bool anywhere, bool checkAfter) const
{
    const std::vector<Occurrence> lefts = occurrences(left);
    if (lefts.empty()) {
        return std::nullopt;
    }
    const std::vector<Occurrence> rights = occurrences(right);
    std::optional<PhraseMatch> negatedMatch;
    for (const Occurrence& a : lefts) {
        for (const Occurrence& b : rights) {
            const Occurrence& first = a.begin <= b.begin ? a : b;
            const Occurrence& second = a.begin <= b.begin ? b : a;
            if (first.end > second.begin || (!anywhere && second.begin - first.end > nearWindow)) {
                continue;
            }
            const auto gapBegin = m_tokens.begin() + static_cast<std::ptrdiff_t>(first.end);
            const auto gapEnd = m_tokens.begin() + static_cast<std::ptrdiff_t>(second.begin);
            if (!anywhere && std::find(gapBegin, gapEnd, clauseBreak) != gapEnd) {
                continue;
            }
            // Either side may be denied: "no patient was harmed", "the patient was not harmed".
            std::string cue = negationBefore(first.begin);
            if (cue.empty()) {
                cue = negationBefore(second.begin, first.end);
            }
            if (cue.empty() && checkAfter) {
                cue = negationAfter(second.end);
            }
            if (cue.empty()) {
                return PhraseMatch {first.begin, second.end, false, {}, first.end, second.begin};
            }
            if (!negatedMatch) {
                negatedMatch = PhraseMatch {first.begin, second.end, true, std::move(cue), first.end, second.begin};
            }
        }
    }
    return negatedMatch;
}

std::optional<PhraseMatch> PhraseMatcher::findChain(const std::array<Words, 3>& sides, bool checkAfter) const
{
    std::array<std::vector<Occurrence>, 3> found;
    for (std::size_t i = 0; i < sides.size(); ++i) {
        found[i] = occurrences(sides[i]);
        if (found[i].empty()) {
            return std::nullopt;
        }
    }
    std::optional<PhraseMatch> negatedMatch;
    for (const Occurrence& a : found[0]) {
        for (const Occurrence& b : found[1]) {
            for (const Occurrence& c : found[2]) {
                std::array<Occurrence, 3> parts {a, b, c};
                std::sort(parts.begin(), parts.end(),
                          [](const Occurrence& x, const Occurrence& y) { return x.begin < y.begin; });
                bool near = true;
                for (std::size_t i = 0; i + 1 < parts.size() && near; ++i) {
                    const Occurrence& first = parts[i];
                    const Occurrence& second = parts[i + 1];
                    const auto gapBegin = m_tokens.begin() + static_cast<std::ptrdiff_t>(first.end);
                    const auto gapEnd = m_tokens.begin() + static_cast<std::ptrdiff_t>(second.begin);
                    near = first.end <= second.begin && second.begin - first.end <= nearWindow
                        && std::find(gapBegin, gapEnd, clauseBreak) == gapEnd;
                }
                if (!near) {
                    continue;
                }
                // Any side may be denied, as with a pair.
                std::string cue = negationBefore(parts[0].begin);
                for (std::size_t i = 1; i < parts.size() && cue.empty(); ++i) {
                    cue = negationBefore(parts[i].begin, parts[i - 1].end);
                }
                if (cue.empty() && checkAfter) {
                    cue = negationAfter(parts[2].end);
                }
                // Only the three sides count as used, so the words between stay free for other phrases.
                PhraseMatch match {parts[0].begin, parts[2].end,   !cue.empty(),   cue,
                                   parts[0].end,   parts[2].begin, parts[1].begin, parts[1].end};
                if (!match.negated) {
                    return match;
                }
                if (!negatedMatch) {
                    negatedMatch = std::move(match);
                }
            }
        }
    }
    return negatedMatch;
}

bool PhraseMatcher::negatedAt(std::size_t position) const
{
    return !negationBefore(position).empty() || !negationAfter(position + 1).empty();
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

std::optional<std::size_t> PhraseMatcher::matchAt(Pattern words, std::size_t word, std::size_t position) const
{
    if (word == words.size()) {
        return position;
    }
    if (words[word].gap) {
        for (std::size_t skip = 0; skip <= phraseGapMax; ++skip) {
            const std::size_t next = position + skip;
            if (next > m_tokens.size() || (skip > 0 && m_tokens[next - 1] == clauseBreak)
                || (skip > 0 && m_stems[next - 1] == gapStopStem)) {
                break;
            }
            if (auto end = matchAt(words, word + 1, next)) {
                return end;
            }
        }
        return std::nullopt;
    }
    if (position >= m_tokens.size() || !wordMatches(words[word], position)) {
        return std::nullopt;
    }
    return matchAt(words, word + 1, position + 1);
}

bool PhraseMatcher::wordMatches(const PatternWord& word, std::size_t position) const
{
    if (word.groups != 0) {
        return (m_groups[position] & word.groups) != 0;
    }
    return !word.stem.empty() && m_stems[position] == word.stem;
}

std::string PhraseMatcher::negationBefore(std::size_t begin, std::size_t floor) const
{
    for (std::size_t distance = 1; distance <= cueWindow && distance <= begin - floor; ++distance) {
        const std::string& token = m_tokens[begin - distance];
        if (token == clauseBreak || contains(scopeBreakers, token)) {
            return {};
        }
        if (!contains(negationCues, token)) {
            continue;
        }
        const std::size_t next = begin - distance + 1;
        auto tokenAt = [this](std::size_t i) {
            return i < m_tokens.size() ? std::string_view(m_tokens[i]) : std::string_view();
        };
        const bool person = token == "nobody" || token == "noone" || (token == "no" && tokenAt(next) == "one");
        if (person) {
            const std::size_t verb = token == "no" ? next + 1 : next;
            if (contains(personNegationNext, tokenAt(verb))) {
                return token == "no" ? "no one" : token;
            }
            continue;
        }
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
