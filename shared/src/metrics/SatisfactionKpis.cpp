// SPDX-License-Identifier: MIT
#include "hss/metrics/SatisfactionKpis.h"

#include <cmath>

#include "BucketIndex.h"
#include "KpiCounting.h"

namespace hss::metrics {

namespace {

bool qualifies(const FeedbackFacts& entry, const Period& period, const TeamFilter& teams)
{
    return period.contains(entry.createdAt) && teams.matches(entry.team);
}

} // namespace

Share csatScore(std::span<const FeedbackFacts> feedback, const Period& period, const TeamFilter& teams)
{
    std::int64_t answers = 0;
    std::int64_t satisfied = 0;
    for (const FeedbackFacts& entry : feedback) {
        if (!detail::isCsatAnswer(entry) || !qualifies(entry, period, teams)) {
            continue;
        }
        ++answers;
        satisfied += detail::isSatisfied(*entry.csatScore) ? 1 : 0;
    }
    return Share::of(satisfied, answers);
}

std::vector<TrendPoint<Share>> csatTrend(std::span<const FeedbackFacts> feedback, const Period& period,
                                         Granularity granularity, const TeamFilter& teams)
{
    const std::vector<Period> buckets = bucketsOf(period, granularity);
    std::vector<std::int64_t> answers(buckets.size(), 0);
    std::vector<std::int64_t> satisfied(buckets.size(), 0);
    for (const FeedbackFacts& entry : feedback) {
        if (!detail::isCsatAnswer(entry) || !qualifies(entry, period, teams)) {
            continue;
        }
        const std::size_t index = detail::bucketIndexOf(buckets, entry.createdAt);
        ++answers[index];
        satisfied[index] += detail::isSatisfied(*entry.csatScore) ? 1 : 0;
    }
    std::vector<TrendPoint<Share>> trend;
    trend.reserve(buckets.size());
    for (std::size_t i = 0; i < buckets.size(); ++i) {
        trend.push_back(TrendPoint<Share> {buckets[i], Share::of(satisfied[i], answers[i])});
    }
    return trend;
}

std::optional<double> averageSentiment(std::span<const FeedbackFacts> feedback, const Period& period,
                                       const TeamFilter& teams)
{
    double sum = 0.0;
    std::int64_t count = 0;
    for (const FeedbackFacts& entry : feedback) {
        if (!entry.sentimentScore || !qualifies(entry, period, teams)) {
            continue;
        }
        const double score = *entry.sentimentScore;
        if (!std::isfinite(score) || score < -1.0 || score > 1.0) {
            continue;
        }
        sum += score;
        ++count;
    }
    if (count == 0) {
        return std::nullopt;
    }
    return sum / static_cast<double>(count);
}

} // namespace hss::metrics
