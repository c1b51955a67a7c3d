// SPDX-License-Identifier: MIT
#include "TicketDurations.h"

#include "BucketIndex.h"

namespace hss::metrics::detail {

std::vector<TimedDuration> ticketDurations(std::span<const TicketFacts> tickets, const Period& period,
                                           const TeamFilter& teams, TicketEvent event, bool emergenciesOnly)
{
    std::vector<TimedDuration> durations;
    durations.reserve(tickets.size());
    for (const TicketFacts& ticket : tickets) {
        if (emergenciesOnly && !ticket.emergency) {
            continue;
        }
        const std::optional<std::int64_t> at =
            event == TicketEvent::FirstResponse ? ticket.firstResponseEventAt() : ticket.resolutionAt();
        if (!at || !period.contains(*at) || !teams.matches(ticket.team)) {
            continue;
        }
        durations.push_back(TimedDuration {*at, *at - ticket.createdAt});
    }
    return durations;
}

DurationStats summarize(const std::vector<TimedDuration>& durations)
{
    std::vector<std::int64_t> valid;
    valid.reserve(durations.size());
    std::size_t excluded = 0;
    for (const TimedDuration& duration : durations) {
        if (duration.durationMs < 0) {
            ++excluded;
        } else {
            valid.push_back(duration.durationMs);
        }
    }
    return DurationStats::of(std::move(valid), excluded);
}

std::vector<TrendPoint<DurationStats>> trendOf(const std::vector<TimedDuration>& durations, const Period& period,
                                               Granularity granularity)
{
    const std::vector<Period> buckets = bucketsOf(period, granularity);
    std::vector<std::vector<TimedDuration>> perBucket(buckets.size());
    for (const TimedDuration& duration : durations) {
        perBucket[bucketIndexOf(buckets, duration.at)].push_back(duration);
    }
    std::vector<TrendPoint<DurationStats>> trend;
    trend.reserve(buckets.size());
    for (std::size_t i = 0; i < buckets.size(); ++i) {
        trend.push_back(TrendPoint<DurationStats> {buckets[i], summarize(perBucket[i])});
    }
    return trend;
}

} // namespace hss::metrics::detail
