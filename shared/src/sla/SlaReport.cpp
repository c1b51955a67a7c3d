// SPDX-License-Identifier: MIT
#include "hss/sla/SlaReport.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

#include <nlohmann/json.hpp>

#include "hss/Timestamp.h"

namespace hss::sla {

namespace {

nlohmann::json optionalTime(const std::optional<std::int64_t>& unixMs)
{
    return unixMs ? nlohmann::json(formatTimestamp(*unixMs)) : nlohmann::json(nullptr);
}

} // namespace

int SlaReport::escalationLevel() const
{
    int level = 0;
    for (const auto& clock : clocks) {
        level = std::max(level, clock.escalationLevel);
    }
    return level;
}

std::vector<SlaEvent> SlaReport::upcomingEvents() const
{
    std::vector<SlaEvent> events;
    for (const auto& clock : clocks) {
        events.insert(events.end(), clock.upcoming.begin(), clock.upcoming.end());
    }
    std::stable_sort(events.begin(), events.end(), [](const auto& a, const auto& b) { return a.at < b.at; });
    return events;
}

std::string_view toString(SlaClockKind kind)
{
    switch (kind) {
    case SlaClockKind::FirstResponse:
        return "first_response";
    case SlaClockKind::NextUpdate:
        return "next_update";
    case SlaClockKind::Resolution:
        return "resolution";
    }
    throw std::invalid_argument("SlaClockKind: value outside the enumeration");
}

std::string_view toString(SlaState state)
{
    switch (state) {
    case SlaState::Inactive:
        return "inactive";
    case SlaState::Ok:
        return "ok";
    case SlaState::Warning:
        return "warning";
    case SlaState::Escalated:
        return "escalated";
    case SlaState::Breached:
        return "breached";
    case SlaState::Met:
        return "met";
    }
    throw std::invalid_argument("SlaState: value outside the enumeration");
}

std::string_view toString(SlaEventKind kind)
{
    switch (kind) {
    case SlaEventKind::Warning:
        return "warning";
    case SlaEventKind::Escalation:
        return "escalation";
    case SlaEventKind::Breach:
        return "breach";
    }
    throw std::invalid_argument("SlaEventKind: value outside the enumeration");
}

nlohmann::json toJson(const SlaReport& report)
{
    auto clocks = nlohmann::json::array();
    for (const auto& clock : report.clocks) {
        auto upcoming = nlohmann::json::array();
        for (const auto& event : clock.upcoming) {
            upcoming.push_back({{"kind", toString(event.kind)},
                                {"level", event.level},
                                {"at", formatTimestamp(event.at)},
                                {"clock_started_at", formatTimestamp(event.clockStartedAt)}});
        }
        clocks.push_back({{"clock", toString(clock.kind)},
                          {"state", toString(clock.state)},
                          {"policy", clock.policyId},
                          {"started_at", formatTimestamp(clock.startedAt)},
                          {"stopped_at", optionalTime(clock.stoppedAt)},
                          {"due_at", optionalTime(clock.dueAt)},
                          {"target_ms", clock.targetMs},
                          {"elapsed_ms", clock.elapsedMs},
                          {"remaining_ms", clock.remainingMs},
                          {"paused", clock.paused},
                          {"escalation_level", clock.escalationLevel},
                          {"upcoming", std::move(upcoming)}});
    }
    return nlohmann::json {{"evaluated_at", formatTimestamp(report.evaluatedAt)},
                           {"escalation_level", report.escalationLevel()},
                           {"clocks", std::move(clocks)}};
}

} // namespace hss::sla
