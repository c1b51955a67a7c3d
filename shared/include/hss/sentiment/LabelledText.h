// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "hss/Result.h"
#include "hss/sentiment/SentimentLabel.h"

namespace hss::sentiment {

/// Which part of the labelled set a text belongs to: the lexicon is tuned on Tuning only.
enum class LabelledPart {
    Tuning,
    HeldOut,
};

/// One line of tests/data/sentiment/labelled.tsv.
struct LabelledText
{
    SentimentLabel label = SentimentLabel::Neutral;
    std::string text;
    LabelledPart part = LabelledPart::Tuning;
    std::size_t line = 0; ///< 1-based line in the file.
};

/// Every heldOutEvery-th text (the 4th, 8th, ...) is held out; the split depends only on the order of the lines.
inline constexpr std::size_t heldOutEvery = 4;

/// Parses "label<TAB>text" lines; blank lines and lines starting with '#' are skipped and do not count for the
/// split. A bad label, a missing tab or empty text gives an error naming the line.
Result<std::vector<LabelledText>> labelledTextsFromTsv(std::string_view tsv);

} // namespace hss::sentiment
