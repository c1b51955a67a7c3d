// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "hss/sentiment/SentimentLabel.h"
#include "hss/sentiment/SentimentTerm.h"

namespace hss::sentiment {

/// What SentimentAnalyzer found in a text.
struct SentimentResult
{
    double score = 0.0; ///< In [-1, 1]; 0 when nothing in the text carries sentiment.
    SentimentLabel label = SentimentLabel::Neutral; ///< labelForScore(score).
    std::vector<SentimentTerm> terms; ///< The matches in text order, at most SentimentAnalyzer::maxTerms.
};

/// {"score": number, "label": "positive", "terms": [{"term", "weight", "negated"}, ...]}.
nlohmann::json toJson(const SentimentResult& result);

} // namespace hss::sentiment
