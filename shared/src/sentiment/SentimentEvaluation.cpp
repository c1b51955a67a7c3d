// SPDX-License-Identifier: MIT
#include "hss/sentiment/SentimentEvaluation.h"

namespace hss::sentiment {

namespace {

std::size_t indexOf(SentimentLabel label)
{
    return static_cast<std::size_t>(label);
}

} // namespace

double SentimentEvaluation::accuracy() const
{
    std::size_t correct = 0;
    for (std::size_t i = 0; i < confusion.size(); ++i) {
        correct += confusion[i][i];
    }
    return texts == 0 ? 0.0 : static_cast<double>(correct) / static_cast<double>(texts);
}

double SentimentEvaluation::precision(SentimentLabel label) const
{
    const std::size_t column = indexOf(label);
    std::size_t predicted = 0;
    for (const auto& row : confusion) {
        predicted += row[column];
    }
    return predicted == 0 ? 1.0 : static_cast<double>(confusion[column][column]) / static_cast<double>(predicted);
}

double SentimentEvaluation::recall(SentimentLabel label) const
{
    const std::size_t row = indexOf(label);
    std::size_t expected = 0;
    for (const std::size_t count : confusion[row]) {
        expected += count;
    }
    return expected == 0 ? 1.0 : static_cast<double>(confusion[row][row]) / static_cast<double>(expected);
}

SentimentEvaluation evaluateSentiment(const std::vector<LabelledText>& texts, std::optional<LabelledPart> part,
                                      const SentimentAnalyzer& analyzer)
{
    SentimentEvaluation evaluation;
    for (const LabelledText& text : texts) {
        if (part && text.part != *part) {
            continue;
        }
        ++evaluation.texts;
        const auto result = analyzer.analyze(text.text);
        if (!result) {
            ++evaluation.errors;
            continue;
        }
        ++evaluation.confusion[indexOf(text.label)][indexOf(result.value().label)];
    }
    return evaluation;
}

} // namespace hss::sentiment
