// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace hss::triage::detail {

/// Where a phrase occurs in normalised text, and whether a negation covers it.
struct PhraseMatch
{
    std::size_t begin = 0; ///< First matched token.
    std::size_t end = 0; ///< One past the last matched token.
    bool negated = false;
    std::string cue; ///< The negation that cancelled the match ("not", "ruled out", ...), empty when not negated.
};

/// Finds phrases (phraseWords()) in tokens (normalizeText()) and decides negation. Negation scope: a cue ("no",
/// "not", "without", "never", "isnt", ...) at most five words before the phrase in the same clause, with no
/// "but"/"however"/"although"/"except" between; pseudo-negations that report a failure ("not working", "no one",
/// "never fired", "no longer") are not cues. After the phrase, "ruled out", "none", "averted", "unaffected" or
/// "not affected/exposed/harmed/reach..." within four words of the same clause negate it too.
class PhraseMatcher final
{
public:
    explicit PhraseMatcher(const std::vector<std::string>& tokens);

    /// The first match of \a words that is not negated; else the first negated one; else std::nullopt. Negations
    /// after the phrase count only when \a checkAfter ("production is unaffected" is no denial of "production").
    std::optional<PhraseMatch> find(const std::vector<std::string>& words, bool checkAfter) const;

    /// The tokens [begin, end) joined by spaces.
    std::string text(std::size_t begin, std::size_t end) const;

private:
    /// One past the last token when \a words match at \a position, else std::nullopt.
    std::optional<std::size_t> matchAt(const std::vector<std::string>& words, std::size_t word,
                                       std::size_t position) const;
    std::string negationBefore(std::size_t begin) const;
    std::string negationAfter(std::size_t end) const;

    const std::vector<std::string>& m_tokens;
};

} // namespace hss::triage::detail
