// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

#include "hss/Limits.h"
#include "hss/metrics/FeedbackFacts.h"
#include "hss/metrics/SlaKpis.h"
#include "hss/metrics/SlaOutcome.h"

namespace hss::metrics::detail {

/// True when \a entry answered the CSAT question (a score of 1..5).
inline bool isCsatAnswer(const FeedbackFacts& entry)
{
    return entry.csatScore && *entry.csatScore >= limits::csatMin && *entry.csatScore <= limits::csatMax;
}

/// True for a satisfied CSAT answer (4 or 5).
inline bool isSatisfied(int score)
{
    return score >= 4;
}

/// SLA clock outcomes counted for compliance; the one place that says which outcomes count how.
struct ClockCounts
{
    std::int64_t met = 0;
    std::int64_t breached = 0;
    std::int64_t running = 0;

    void add(SlaOutcome outcome)
    {
        switch (outcome) {
        case SlaOutcome::Met:
            ++met;
            break;
        case SlaOutcome::Breached:
            ++breached;
            break;
        case SlaOutcome::Running:
            ++running;
            break;
        case SlaOutcome::NotApplicable:
            break;
        }
    }

    /// met / (met + breached), running counted apart.
    SlaCompliance compliance() const { return SlaCompliance {Share::of(met, met + breached), running}; }
};

} // namespace hss::metrics::detail
