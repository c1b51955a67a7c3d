// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <vector>

#include "hss/sentiment/LabelledText.h"
#include "hss/sentiment/SentimentAnalyzer.h"

namespace hss::sentiment {

/// A confusion matrix over the three labels, indexed like allSentimentLabels.
struct SentimentEvaluation
{
    std::array<std::array<std::size_t, 3>, 3> confusion {}; ///< [expected][predicted].
    std::size_t texts = 0;
    std::size_t errors = 0; ///< Texts the analyser refused (invalid UTF-8); counted as wrong.

    /// Correct / texts, or 0 without texts.
    double accuracy() const;
    /// Of the texts predicted \a label, the share expected so (1 when none was predicted).
    double precision(SentimentLabel label) const;
    /// Of the texts expected \a label, the share predicted so (1 when none was expected).
    double recall(SentimentLabel label) const;
};

/// Runs \a analyzer on the texts of \a part (all when std::nullopt) and counts expected against predicted labels.
SentimentEvaluation evaluateSentiment(const std::vector<LabelledText>& texts, std::optional<LabelledPart> part,
                                      const SentimentAnalyzer& analyzer = SentimentAnalyzer());

} // namespace hss::sentiment
