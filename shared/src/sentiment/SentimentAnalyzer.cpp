// SPDX-License-Identifier: MIT
#include "hss/sentiment/SentimentAnalyzer.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "hss/sentiment/Tokenizer.h"

namespace hss::sentiment {

namespace {

using Entry = std::pair<const std::string_view, double>;

/// Plural and third-person forms share the entry of their stem ("errors", "crashes" -> "error", "crash").
const Entry* findInflected(const Lexicon& lexicon, std::string_view word)
{
    if (word.size() > 3 && word.ends_with('s') && !word.ends_with("ss")) {
        if (const Entry* stem = lexicon.find(word.substr(0, word.size() - 1))) {
            return stem;
        }
        if (word.ends_with("es")) {
            return lexicon.find(word.substr(0, word.size() - 2));
        }
    }
    return nullptr;
}

} // namespace

SentimentAnalyzer::SentimentAnalyzer(const Lexicon& lexicon)
    : m_lexicon(lexicon)
{ }

Result<SentimentResult> SentimentAnalyzer::analyze(std::string_view text) const
{
    Tokenizer tokenizer;
    if (auto status = tokenizer.tokenize(text); !status) {
        return status.error();
    }
    const std::vector<Token>& tokens = tokenizer.tokens();
    SentimentResult result;
    std::string key; // reused for every phrase looked up
    double sum = 0.0;
    bool afterContrast = false;
    int exclamations = 0;
    std::size_t clauseStart = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& token = tokens[i];
        if (token.kind != TokenKind::Word) {
            exclamations += token.kind == TokenKind::Exclamation ? 1 : 0;
            clauseStart = i + 1;
            continue;
        }
        if (m_lexicon.isContrast(token.text)) {
            sum *= contrastBefore;
            for (SentimentTerm& term : result.terms) {
                term.weight *= contrastBefore;
            }
            afterContrast = true;
            clauseStart = i + 1;
            continue;
        }
        const Entry* match = nullptr;
        std::size_t length = std::min(m_lexicon.longestPhrase(), tokens.size() - i);
        for (; length > 0 && !match; --length) {
            key.clear();
            bool allWords = true;
            for (std::size_t k = 0; k < length && allWords; ++k) {
                allWords = tokens[i + k].kind == TokenKind::Word;
                key.append(k > 0 ? " " : "").append(tokens[i + k].text);
            }
            if (allWords) {
                match = m_lexicon.find(key);
                if (!match && length == 1) {
                    match = findInflected(m_lexicon, key);
                }
            }
        }
        if (!match) {
            continue;
        }
        ++length; // the loop stepped past the matching length
        double weight = match->second;
        bool negated = false;
        // Everything between clauseStart and i is a word: breaks and contrast words move clauseStart.
        for (std::size_t back = 1; back <= negationWindow && i >= clauseStart + back; ++back) {
            const std::string_view word = tokens[i - back].text;
            if (back <= intensifierWindow) {
                weight *= m_lexicon.intensity(word).value_or(1.0);
            }
            negated = negated || m_lexicon.isNegator(word);
        }
        weight *= (negated ? negationFactor : 1.0) * (afterContrast ? contrastAfter : 1.0);
        sum += weight;
        if (weight != 0.0 && result.terms.size() < maxTerms) {
            result.terms.push_back({std::string(match->first), weight, negated});
        }
        i += length - 1;
    }
    if (sum != 0.0) {
        sum += std::copysign(exclamationBoost * std::min(exclamations, exclamationsCounted), sum);
    }
    const double score = std::clamp(sum / std::sqrt(sum * sum + normalisationAlpha), -1.0, 1.0);
    // Four decimals: enough to rank, and the same number after any database or JSON round trip.
    result.score = std::round(score * 10000.0) / 10000.0;
    result.label = labelForScore(result.score);
    return result;
}

} // namespace hss::sentiment
