// SPDX-License-Identifier: MIT
#include "hss/sentiment/SentimentLabel.h"

#include "../EnumTable.h"

namespace hss::sentiment {

namespace {

constexpr hss::detail::EnumTable<SentimentLabel, 3> table {"sentiment label",
                                                           {{
                                                               {SentimentLabel::Negative, "negative"},
                                                               {SentimentLabel::Neutral, "neutral"},
                                                               {SentimentLabel::Positive, "positive"},
                                                           }}};

} // namespace

SentimentLabel labelForScore(double score) noexcept
{
    if (score >= positiveThreshold) {
        return SentimentLabel::Positive;
    }
    if (score <= negativeThreshold) {
        return SentimentLabel::Negative;
    }
    return SentimentLabel::Neutral;
}

std::string_view toString(SentimentLabel label)
{
    return table.name(label);
}

Result<SentimentLabel> sentimentLabelFromString(std::string_view text, std::string_view field)
{
    return table.parse(text, field);
}

} // namespace hss::sentiment
