// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace hss::triage::detail {

/// Where a phrase occurs in normalised text, and whether a negation covers it.
struct PhraseMatch
{
    std::size_t begin = 0; ///< First matched token.
    std::size_t end = 0; ///< One past the last matched token.
    bool negated = false;
    std::string cue; ///< The negation that cancelled the match ("not", "ruled out", ...), empty when not negated.
    /// For "A ~ B" and "A & B": the words between the two sides, [partsEnd, partsBegin), are no part of the match.
    std::size_t partsEnd = 0;
    std::size_t partsBegin = 0;
    /// For "A ~ B ~ C": the middle side, [middleBegin, middleEnd); empty otherwise.
    std::size_t middleBegin = 0;
    std::size_t middleEnd = 0;
};

/// Finds phrases (phraseWords(), plain words stemmed) in tokens (normalizeText()) and decides negation. Plain words
/// match by stem (stemWord()), "@name" any word of that synonym group, "*" a gap, and "A ~ B" A and B in either order
/// with at most nearWindow words between them in one clause, "A ~ B ~ C" three sides chained that way, "A & B" both
/// anywhere in the field. Negation scope: a cue
/// ("no", "not", "without", "never", "nothing", "if", "isnt", ...) at most five words before a part of the phrase in
/// the same clause, with no "but"/"however"/"although"/"except" between; pseudo-negations that report a failure ("not
/// working", "no one can", "never fired", "no longer") are not cues, while "no one was"/"nobody was" is one. After the
/// phrase, "ruled out", "none", "averted", "unaffected" or "not affected/exposed/harmed/reach..." within four words of
/// the same clause negate it too.
class PhraseMatcher final
{
public:
    explicit PhraseMatcher(const std::vector<std::string>& tokens);

    /// The first match of \a words that is not negated; else the first negated one; else std::nullopt. Negations
    /// after the phrase count only when \a checkAfter ("production is unaffected" is no denial of "production").
    std::optional<PhraseMatch> find(const std::vector<std::string>& words, bool checkAfter) const;

    /// True when a negation cue before the token at \a position, or one after it, covers it (the same scope as for
    /// phrases; the learned scorer marks such words).
    bool negatedAt(std::size_t position) const;

    /// The tokens [begin, end) joined by spaces.
    std::string text(std::size_t begin, std::size_t end) const;

private:
    using Words = std::span<const std::string>;
    /// A phrase word ready to test against tokens: a stem, a synonym group mask, or a gap.
    struct PatternWord
    {
        std::string_view stem;
        std::uint64_t groups = 0;
        bool gap = false;
    };
    using Pattern = std::span<const PatternWord>;
    struct Occurrence
    {
        std::size_t begin = 0;
        std::size_t end = 0;
    };

    /// Every place \a words (no "~") match.
    std::vector<Occurrence> occurrences(Words words) const;
    /// "A ~ B" (near, one clause) or, when \a anywhere, "A & B" (anywhere in the field).
    std::optional<PhraseMatch> findPair(Words left, Words right, bool anywhere, bool checkAfter) const;
    /// "A ~ B ~ C": the three sides in any order in one clause, each within nearWindow words of the next.
    std::optional<PhraseMatch> findChain(const std::array<Words, 3>& sides, bool checkAfter) const;
    /// One past the last token when \a words match at \a position, else std::nullopt.
    std::optional<std::size_t> matchAt(Pattern pattern, std::size_t word, std::size_t position) const;
    bool wordMatches(const PatternWord& word, std::size_t position) const;
    /// The cue negating a phrase part starting at \a begin, looking back no further than \a floor.
    std::string negationBefore(std::size_t begin, std::size_t floor = 0) const;
    std::string negationAfter(std::size_t end) const;

    const std::vector<std::string>& m_tokens;
    std::vector<std::string> m_stems;
    std::vector<std::uint64_t> m_groups; ///< synonymGroupsOfStem() of each token.
};

} // namespace hss::triage::detail
