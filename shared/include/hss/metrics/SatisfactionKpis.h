// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "hss/metrics/FeedbackFacts.h"
#include "hss/metrics/Granularity.h"
#include "hss/metrics/Period.h"
#include "hss/metrics/Share.h"
#include "hss/metrics/TeamFilter.h"
#include "hss/metrics/TrendPoint.h"

namespace hss::metrics {

/// CSAT score: among the feedback of the filtered teams created in \a period that carries a CSAT answer of 1..5,
/// the share answering 4 or 5 (part: satisfied answers, whole: answers). Feedback without a score, or with a score
/// outside 1..5, is not an answer.
Share csatScore(std::span<const FeedbackFacts> feedback, const Period& period, const TeamFilter& teams);

/// csatScore() per bucket of \a period: an answer lands in the bucket of its creation time.
std::vector<TrendPoint<Share>> csatTrend(std::span<const FeedbackFacts> feedback, const Period& period,
                                         Granularity granularity, const TeamFilter& teams);

/// The mean sentiment score (-1..1) of the feedback of the filtered teams created in \a period that has one;
/// scores that are not finite or lie outside [-1, 1] are ignored. Empty when none qualifies.
std::optional<double> averageSentiment(std::span<const FeedbackFacts> feedback, const Period& period,
                                       const TeamFilter& teams);

} // namespace hss::metrics
