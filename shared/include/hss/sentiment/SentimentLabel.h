// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <string_view>

#include "hss/Result.h"

namespace hss::sentiment {

/// The three classes a sentiment score falls into.
enum class SentimentLabel {
    Negative,
    Neutral,
    Positive,
};

/// Every SentimentLabel value in declaration order.
inline constexpr std::array<SentimentLabel, 3> allSentimentLabels {
    SentimentLabel::Negative,
    SentimentLabel::Neutral,
    SentimentLabel::Positive,
};

/// A score at or above this is positive. Chosen on the tuning part of tests/data/sentiment/labelled.tsv: one mild
/// word ("fine", "ok") stays neutral, one clear word ("helpful", "slow") does not.
inline constexpr double positiveThreshold = 0.2;
/// A score at or below this is negative (symmetric to positiveThreshold).
inline constexpr double negativeThreshold = -0.2;
/// Feedback at or below this score is "strongly negative": on a clinical ticket it alerts the team's supervisors.
inline constexpr double strongNegativeThreshold = -0.5;

/// The label of \a score (a value in [-1, 1]) by the thresholds above.
SentimentLabel labelForScore(double score) noexcept;

/// The stable wire name: "negative", "neutral" or "positive".
std::string_view toString(SentimentLabel label);

/// Parses a wire name; anything else gives UnknownValue naming \a field.
Result<SentimentLabel> sentimentLabelFromString(std::string_view text, std::string_view field = "label");

} // namespace hss::sentiment
