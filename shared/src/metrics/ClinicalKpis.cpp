// SPDX-License-Identifier: MIT
#include "hss/metrics/ClinicalKpis.h"

#include <algorithm>

#include "TicketDurations.h"

namespace hss::metrics {

EmergencyResponse medicalResponseTime(std::span<const TicketFacts> tickets, const Period& period,
                                      const TeamFilter& teams, std::int64_t targetMs)
{
    const std::vector<detail::TimedDuration> durations =
        detail::ticketDurations(tickets, period, teams, detail::TicketEvent::FirstResponse, true);
    EmergencyResponse response;
    response.time = detail::summarize(durations);
    const auto withinTarget = std::count_if(durations.begin(), durations.end(), [targetMs](const auto& duration) {
        return duration.durationMs >= 0 && duration.durationMs <= targetMs;
    });
    response.withinTarget = Share::of(withinTarget, static_cast<std::int64_t>(response.time.count));
    return response;
}

std::int64_t openEmergencyTickets(std::span<const TicketFacts> tickets, const TeamFilter& teams)
{
    return std::count_if(tickets.begin(), tickets.end(), [&teams](const TicketFacts& ticket) {
        return ticket.emergency && ticket.isOpen() && teams.matches(ticket.team);
    });
}

SafetyScore patientSafetyScore(std::span<const SafetyReport> reports, const Period& period, const TeamFilter& teams)
{
    SafetyScore score;
    for (const SafetyReport& report : reports) {
        if (!period.contains(report.createdAt) || !teams.matches(report.team)) {
            continue;
        }
        switch (report.outcome) {
        case SafetyOutcome::Correct:
            ++score.correct;
            break;
        case SafetyOutcome::Incorrect:
            ++score.incorrect;
            break;
        case SafetyOutcome::NearMiss:
            ++score.nearMisses;
            break;
        }
    }
    score.score = Share::of(score.correct, score.correct + score.incorrect + score.nearMisses);
    return score;
}

std::vector<AdoptionRate> adoptionTrend(std::span<const UsageFigures> figures, const Period& period)
{
    std::vector<AdoptionRate> trend;
    for (const UsageFigures& figure : figures) {
        if (!validate(figure) || !period.encloses(figure.period)) {
            continue;
        }
        // More active users than licences happens when licences lapse mid-period; a rate above 100 % means nothing.
        const std::int64_t active = std::min(figure.activeProfessionals, figure.licensedProfessionals);
        trend.push_back(AdoptionRate {figure.period, figure.activeProfessionals, figure.licensedProfessionals,
                                      Share::of(active, figure.licensedProfessionals)});
    }
    std::stable_sort(trend.begin(), trend.end(), [](const AdoptionRate& a, const AdoptionRate& b) {
        return a.period.from != b.period.from ? a.period.from < b.period.from : a.period.to < b.period.to;
    });
    return trend;
}

std::optional<AdoptionRate> adoptionRate(std::span<const UsageFigures> figures, const Period& period)
{
    const std::vector<AdoptionRate> trend = adoptionTrend(figures, period);
    if (trend.empty()) {
        return std::nullopt;
    }
    return *std::max_element(trend.begin(), trend.end(), [](const AdoptionRate& a, const AdoptionRate& b) {
        // "a before b": b ends later, or ends together and started earlier (covers more).
        return a.period.to != b.period.to ? a.period.to < b.period.to : a.period.from > b.period.from;
    });
}

} // namespace hss::metrics
