// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "hss/metrics/DurationStats.h"
#include "hss/metrics/Period.h"
#include "hss/metrics/SafetyReport.h"
#include "hss/metrics/Share.h"
#include "hss/metrics/TeamFilter.h"
#include "hss/metrics/TicketFacts.h"
#include "hss/metrics/UsageFigures.h"

namespace hss::metrics {

/// The seed's target for a first response to a medical emergency: 30 minutes.
inline constexpr std::int64_t emergencyResponseTargetMs = std::int64_t {30} * 60 * 1000;

/// Medical response time for emergencies, and how many were answered within the target.
struct EmergencyResponse
{
    DurationStats time;
    Share withinTarget; ///< part: responses with duration <= target; whole: time.count.

    friend bool operator==(const EmergencyResponse&, const EmergencyResponse&) = default;
};

/// Medical response time: firstResponseTime() restricted to emergency tickets (TicketFacts::emergency), plus the
/// share answered within \a targetMs (inclusive).
EmergencyResponse medicalResponseTime(std::span<const TicketFacts> tickets, const Period& period,
                                      const TeamFilter& teams, std::int64_t targetMs = emergencyResponseTargetMs);

/// Emergency tickets of the filtered teams that are open now (neither resolved nor closed), whenever created.
std::int64_t openEmergencyTickets(std::span<const TicketFacts> tickets, const TeamFilter& teams);

/// Patient safety reports of a period by outcome, and the score.
struct SafetyScore
{
    std::int64_t correct = 0;
    std::int64_t incorrect = 0;
    std::int64_t nearMisses = 0;
    Share score; ///< part: correct; whole: every report, near misses included.

    friend bool operator==(const SafetyScore&, const SafetyScore&) = default;
};

/// Patient safety score: among the safety reports of the filtered teams made in \a period, the share whose AI
/// decision was correct. A near miss is a wrong decision that was caught: it counts against the score like an
/// incorrect one and is reported in its own count.
SafetyScore patientSafetyScore(std::span<const SafetyReport> reports, const Period& period, const TeamFilter& teams);

/// Clinical adoption over one usage period.
struct AdoptionRate
{
    Period period; ///< The usage figures' period.
    std::int64_t activeProfessionals = 0; ///< As reported.
    std::int64_t licensedProfessionals = 0;
    Share rate; ///< part: min(active, licensed) (capped at 100 %); whole: licensed.

    friend bool operator==(const AdoptionRate&, const AdoptionRate&) = default;
};

/// Clinical adoption per usage period: one point for every valid usage figure whose period lies entirely inside
/// \a period, in order of its start (then end). Invalid figures (see validate()) are skipped. Adoption is
/// organisation-wide, so there is no team filter.
std::vector<AdoptionRate> adoptionTrend(std::span<const UsageFigures> figures, const Period& period);

/// Clinical adoption rate for \a period: the latest point of adoptionTrend() (latest end; of equal ends the
/// longest period). Active users of separate periods cannot be added up, so the latest reading stands for the
/// period. Empty when no figure lies inside the period.
std::optional<AdoptionRate> adoptionRate(std::span<const UsageFigures> figures, const Period& period);

} // namespace hss::metrics
