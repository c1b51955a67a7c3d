// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace hss::sentiment {

/// One lexicon entry found in a text, with what it contributed after negation, intensifiers and "but" weighting.
struct SentimentTerm
{
    std::string term; ///< The lexicon entry, lower case ("wrong dosage", "helpful").
    double weight = 0.0; ///< Its contribution on the lexicon's scale (about -4..4); the sign is the direction.
    bool negated = false; ///< A negator ("not", "never", "didn't") in front turned it around.

    /// Member-wise equality.
    friend bool operator==(const SentimentTerm&, const SentimentTerm&) = default;
};

} // namespace hss::sentiment
