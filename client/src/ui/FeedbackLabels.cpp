// SPDX-License-Identifier: MIT
#include "FeedbackLabels.h"

namespace hss::client {

namespace {

// Scores within this distance of 0 read as neutral: the analyser's small scores carry little signal.
constexpr double neutralBand = 0.25;

} // namespace

QString FeedbackLabels::category(FeedbackCategory category)
{
    switch (category) {
    case FeedbackCategory::Product:
        return tr("Product");
    case FeedbackCategory::Support:
        return tr("Support");
    case FeedbackCategory::Training:
        return tr("Training");
    case FeedbackCategory::Documentation:
        return tr("Documentation");
    case FeedbackCategory::Clinical:
        return tr("Clinical");
    case FeedbackCategory::Other:
        return tr("Other");
    }
    return {};
}

QString FeedbackLabels::score(int score)
{
    switch (score) {
    case 1:
        return tr("1 – Very dissatisfied");
    case 2:
        return tr("2 – Dissatisfied");
    case 3:
        return tr("3 – Neutral");
    case 4:
        return tr("4 – Satisfied");
    case 5:
        return tr("5 – Very satisfied");
    default:
        return QString::number(score);
    }
}

QString FeedbackLabels::sentiment(std::optional<double> score)
{
    if (!score) {
        return {};
    }
    const QString value = QString::number(*score, 'f', 2);
    if (*score >= neutralBand) {
        return tr("Positive (%1)").arg(value);
    }
    if (*score <= -neutralBand) {
        return tr("Negative (%1)").arg(value);
    }
    return tr("Neutral (%1)").arg(value);
}

} // namespace hss::client
