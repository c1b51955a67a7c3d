// SPDX-License-Identifier: MIT
#include "hss/sentiment/SentimentResult.h"

#include <nlohmann/json.hpp>

namespace hss::sentiment {

nlohmann::json toJson(const SentimentResult& result)
{
    nlohmann::json terms = nlohmann::json::array();
    for (const SentimentTerm& term : result.terms) {
        terms.push_back({{"term", term.term}, {"weight", term.weight}, {"negated", term.negated}});
    }
    return {{"score", result.score}, {"label", toString(result.label)}, {"terms", std::move(terms)}};
}

} // namespace hss::sentiment
