// SPDX-License-Identifier: MIT
#include "hss/UsageReport.h"

#include <nlohmann/json.hpp>

#include "FieldRules.h"
#include "JsonObjectReader.h"
#include "hss/Limits.h"
#include "hss/Timestamp.h"

namespace hss {

bool operator==(const UsageReport& a, const UsageReport& b)
{
    return a.id == b.id && a.figures.period == b.figures.period
        && a.figures.activeProfessionals == b.figures.activeProfessionals
        && a.figures.licensedProfessionals == b.figures.licensedProfessionals && a.site == b.site && a.note == b.note
        && a.recordedAt == b.recordedAt;
}

Status validate(const UsageReport& report)
{
    using namespace detail;
    const metrics::Period& period = report.figures.period;
    return firstFailure({
        checkId("id", report.id),
        checkTimestamp("period_start", period.from),
        checkTimestamp("period_end", period.to),
        // The period is named by its end, the field a caller gets wrong when the pair is out of order.
        period.isEmpty() ? Status(Error {ErrorCode::InvalidArgument, "period_end", "must be after period_start"})
                         : okStatus(),
        metrics::validate(report.figures),
        checkText("site", report.site, limits::nameMax, false, Lines::Single),
        checkText("note", report.note, UsageReport::noteMax, false, Lines::Multi),
        checkTimestamp("recorded_at", report.recordedAt),
    });
}

nlohmann::json toJson(const UsageReport& report)
{
    return nlohmann::json {
        {"id", report.id.toString()},
        {"period_start", formatTimestamp(report.figures.period.from)},
        {"period_end", formatTimestamp(report.figures.period.to)},
        {"active_professionals", report.figures.activeProfessionals},
        {"licensed_professionals", report.figures.licensedProfessionals},
        {"site", report.site},
        {"note", report.note},
        {"recorded_at", formatTimestamp(report.recordedAt)},
    };
}

Result<UsageReport> usageReportFromJson(const nlohmann::json& json)
{
    detail::JsonObjectReader reader(json);
    UsageReport report;
    std::optional<std::string> site;
    std::optional<std::string> note;
    reader.uuid("id", report.id);
    reader.timestamp("period_start", report.figures.period.from);
    reader.timestamp("period_end", report.figures.period.to);
    reader.integer("active_professionals", report.figures.activeProfessionals);
    reader.integer("licensed_professionals", report.figures.licensedProfessionals);
    reader.optionalString("site", site);
    reader.optionalString("note", note);
    reader.timestamp("recorded_at", report.recordedAt);
    if (auto status = reader.finish(); !status) {
        return status.error();
    }
    report.site = site.value_or(std::string());
    report.note = note.value_or(std::string());
    if (auto valid = validate(report); !valid) {
        return valid.error();
    }
    return report;
}

} // namespace hss
