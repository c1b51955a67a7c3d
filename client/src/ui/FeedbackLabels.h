// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

#include "hss/FeedbackCategory.h"

namespace hss::client {

/// Translated texts for feedback: categories, CSAT scores and sentiment.
class FeedbackLabels final
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackLabels)

public:
    static QString category(FeedbackCategory category);
    /// "4 – Satisfied" and so on for 1..5.
    static QString score(int score);
    /// Positive / neutral / negative with the score, or empty when the server has not analysed the entry yet.
    static QString sentiment(std::optional<double> score);
};

} // namespace hss::client
