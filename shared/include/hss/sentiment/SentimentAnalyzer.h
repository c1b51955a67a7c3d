// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string_view>

#include "hss/Result.h"
#include "hss/sentiment/Lexicon.h"
#include "hss/sentiment/SentimentResult.h"

namespace hss::sentiment {

/// Lexicon-based sentiment of short texts (feedback comments, ticket sentences), deterministic and thread-safe.
///
/// Each lexicon match (the longest phrase first) adds its valence, changed by what stands before it in the same
/// clause: an intensifier or diminisher up to two words before multiplies it ("very", "slightly"); a negator up to
/// three words before turns it around and weakens it (x negationFactor: "not helpful" is less negative than
/// "unhelpful"). After a contrast word ("but", "however") the text so far counts half and the rest one and a half
/// times. Each exclamation mark (up to four) adds emphasis in the direction of the sum. The sum s is squashed to
/// s / sqrt(s^2 + normalisationAlpha), so any text, however long, scores within [-1, 1].
class SentimentAnalyzer final
{
public:
    static constexpr double negationFactor = -0.74;
    static constexpr double contrastBefore = 0.5;
    static constexpr double contrastAfter = 1.5;
    static constexpr double exclamationBoost = 0.292;
    static constexpr int exclamationsCounted = 4;
    static constexpr double normalisationAlpha = 15.0;
    static constexpr std::size_t negationWindow = 3;
    static constexpr std::size_t intensifierWindow = 2;
    /// Matches reported in SentimentResult::terms (the score counts all of them).
    static constexpr std::size_t maxTerms = 32;

    explicit SentimentAnalyzer(const Lexicon& lexicon = Lexicon::builtIn());

    /// The score, label and matched terms of \a text. Empty or sentiment-free text is neutral with score 0;
    /// text that is not well-formed UTF-8 gives InvalidEncoding (field "text").
    Result<SentimentResult> analyze(std::string_view text) const;

private:
    const Lexicon& m_lexicon;
};

} // namespace hss::sentiment
