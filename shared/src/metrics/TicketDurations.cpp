// SPDX-License-Identifier: MIT
#include "TicketDurations.h"

#include "BucketIndex.h"

namespace hss::metrics::detail {

namespace {

/// The one rule for which tickets a duration KPI counts: its event lies in \a period and its team is filtered in.
std::optional<TimedDuration> timedEvent(const TicketFacts& ticket, const Period& period, const TeamFilter& teams,
                                        TicketEvent event)
{
    const std::optional<std::int64_t> at =
        event == TicketEvent::FirstResponse ? ticket.firstResponseEventAt() : ticket.resolutionAt();
    if (!at || !period.contains(*at) || !teams.matches(ticket.team)) {
        return std::nullopt;
    }
    return TimedDuration {*at, *at - ticket.createdAt};
}

} // namespace

std::vector<TimedDuration> ticketDurations(std::span<const TicketFacts> tickets, const Period& period,
                                           const TeamFilter& teams, TicketEvent event, bool emergenciesOnly)
{
    std::vector<TimedDuration> durations;
    durations.reserve(tickets.size());
    for (const TicketFacts& ticket : tickets) {
        if (emergenciesOnly && !ticket.emergency) {
            continue;
        }
        if (const auto duration = timedEvent(ticket, period, teams, event)) {
            durations.push_back(*duration);
        }
    }
    return durations;
}

std::map<std::string, std::vector<TimedDuration>, std::less<>>
ticketDurationsByTeam(std::span<const TicketFacts> tickets, const Period& period, const TeamFilter& teams,
                      TicketEvent event)
{
    std::map<std::string, std::vector<TimedDuration>, std::less<>> byTeam;
    for (const TicketFacts& ticket : tickets) {
        if (const auto duration = timedEvent(ticket, period, teams, event)) {
            const auto found = byTeam.find(ticket.team);
            (found != byTeam.end() ? found->second : byTeam[ticket.team]).push_back(*duration);
        }
    }
    return byTeam;
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
