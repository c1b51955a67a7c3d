// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "hss/Result.h"
#include "hss/Uuid.h"
#include "hss/metrics/UsageFigures.h"

namespace hss {

/// Usage figures as the server stores them and the sync feed delivers them (entity "usage_figures"): the figures of
/// one period, optionally for one site, as the customer's platform reported them through POST /api/usage-figures.
/// JSON keys: id, period_start, period_end (ISO-8601 UTC), active_professionals, licensed_professionals, site, note,
/// recorded_at.
struct UsageReport
{
    static constexpr std::size_t noteMax = 2000;

    Uuid id;
    metrics::UsageFigures figures;
    std::string site; ///< 0..limits::nameMax characters, one line; empty for the whole organisation.
    std::string note; ///< 0..noteMax characters.
    std::int64_t recordedAt = 0; ///< When the server received the figures, UTC milliseconds.
};

/// Member-wise equality.
bool operator==(const UsageReport& a, const UsageReport& b);

/// Success, or the first broken rule with the JSON name of its field: period_end must lie after period_start, the
/// counts must not be negative (metrics::validate()), site and note within their lengths.
Status validate(const UsageReport& report);

/// The JSON object for \a report.
nlohmann::json toJson(const UsageReport& report);

/// Decodes and validates a report; site and note may be absent or null (empty).
Result<UsageReport> usageReportFromJson(const nlohmann::json& json);

} // namespace hss
