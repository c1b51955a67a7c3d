// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "hss/Result.h"

namespace hss {
class JsonTextWriter;
} // namespace hss

namespace hss::sla {

/// The three clocks every ticket has.
enum class SlaClockKind {
    FirstResponse,
    NextUpdate,
    Resolution,
};

/// Every SlaClockKind in report order.
inline constexpr std::array<SlaClockKind, 3> allSlaClockKinds {SlaClockKind::FirstResponse, SlaClockKind::NextUpdate,
                                                               SlaClockKind::Resolution};

/// Where a clock stands at the evaluation time.
enum class SlaState {
    Inactive, ///< Not running: next update before the first response or after resolution.
    Ok,
    Warning, ///< Past the first warning fraction.
    Escalated, ///< Past escalation level 1 (see SlaClock::escalationLevel).
    Breached, ///< Past the target, running or stopped late.
    Met, ///< Stopped within the target.
};

/// What happens at a due event.
enum class SlaEventKind {
    Warning,
    Escalation,
    Breach,
};

/// A future instant at which a clock crosses a threshold. A scheduler can key it by (ticket, clock, clockStartedAt,
/// kind, level): pauses move `at` but not the key; a restart changes clockStartedAt.
struct SlaEvent
{
    SlaClockKind clock = SlaClockKind::Resolution;
    SlaEventKind kind = SlaEventKind::Breach;
    int level = 0; ///< Escalation: the level (1..); warning: the fraction's number (1..); breach: 0.
    std::int64_t at = 0; ///< UTC milliseconds.
    std::int64_t clockStartedAt = 0;

    friend bool operator==(const SlaEvent&, const SlaEvent&) = default;
};

/// One clock of one ticket at the evaluation time. Durations are business milliseconds (paused time excluded).
struct SlaClock
{
    SlaClockKind kind = SlaClockKind::Resolution;
    SlaState state = SlaState::Inactive;
    std::string policyId; ///< The policy the clock runs on; empty when inactive.
    std::int64_t startedAt = 0; ///< When this run of the clock began (creation, a restart, the last agent reply).
    std::optional<std::int64_t> stoppedAt; ///< When the clock stopped (response given, ticket resolved).
    std::optional<std::int64_t> dueAt; ///< The breach instant; unknown while paused or inactive.
    std::int64_t targetMs = 0;
    std::int64_t elapsedMs = 0;
    std::int64_t remainingMs = 0; ///< targetMs - elapsedMs: negative once breached.
    bool paused = false; ///< Waiting on the customer at the evaluation time.
    int escalationLevel = 0; ///< Escalation levels passed so far (0: none).
    std::vector<SlaEvent> upcoming; ///< Events still ahead, in time order; empty when stopped or paused.

    friend bool operator==(const SlaClock&, const SlaClock&) = default;
};

/// Every clock of one ticket; what the server schedules and the console counts down.
struct SlaReport
{
    std::int64_t evaluatedAt = 0;
    std::array<SlaClock, 3> clocks; ///< In allSlaClockKinds order.

    /// The clock of \a kind.
    const SlaClock& clock(SlaClockKind kind) const { return clocks[static_cast<std::size_t>(kind)]; }

    /// The highest escalation level of any clock.
    int escalationLevel() const;

    /// Every clock's upcoming events merged in time order.
    std::vector<SlaEvent> upcomingEvents() const;

    /// The earliest due time of a running clock (active, neither stopped nor paused), breached ones included;
    /// nothing when no clock runs. What a queue sorts and filters on.
    std::optional<std::int64_t> nextDueAt() const;

    friend bool operator==(const SlaReport&, const SlaReport&) = default;
};

/// Stable wire names: "first_response", "next_update", "resolution".
std::string_view toString(SlaClockKind kind);
/// Stable wire names: "inactive", "ok", "warning", "escalated", "breached", "met".
std::string_view toString(SlaState state);
/// Stable wire names: "warning", "escalation", "breach".
std::string_view toString(SlaEventKind kind);

/// The JSON form of \a report for the API (the sync feed carries toCompactJson()): {"evaluated_at", "escalation_level",
/// "clocks": [{ "clock", "state", "policy", "started_at", "stopped_at", "due_at", "target_ms", "elapsed_ms",
/// "remaining_ms", "paused", "escalation_level", "upcoming": [{"kind", "level", "at", "clock_started_at"}]}]}.
nlohmann::json toJson(const SlaReport& report);

/// Writes toJson(report) as text, byte for byte, without building it (the server's answer to every ticket read).
void writeJson(JsonTextWriter& out, const SlaReport& report);

/// The clock kind called \a text (a toString() name), or UnknownValue naming \a field.
Result<SlaClockKind> slaClockKindFromString(std::string_view text, std::string_view field = "clock");
/// The state called \a text, or UnknownValue naming \a field.
Result<SlaState> slaStateFromString(std::string_view text, std::string_view field = "state");
/// The event kind called \a text, or UnknownValue naming \a field.
Result<SlaEventKind> slaEventKindFromString(std::string_view text, std::string_view field = "kind");

/// Decodes what toJson(const SlaReport&) wrote, so toJson(slaReportFromJson(j)) == j. Checks types, the three
/// clocks in allSlaClockKinds order, remaining_ms == target_ms - elapsed_ms, and a top-level escalation_level equal
/// to the highest clock's; errors name the field ("clocks[1].due_at"). Unknown members are refused.
Result<SlaReport> slaReportFromJson(const nlohmann::json& json);

/// The compact JSON form of \a report that the sync feed carries: the same fields by position, times as integer
/// milliseconds (UTC), without keys and without what follows from the rest (remaining_ms, the top-level escalation
/// level): [evaluated_at, clock, clock, clock] in allSlaClockKinds order, each clock [state, policy, started_at,
/// stopped_at or null, due_at or null, target_ms, elapsed_ms, paused, escalation_level, [event, ...]], each event
/// [kind, level, at, clock_started_at]; states and kinds by their toString() names. A quarter of toJson()'s size,
/// and several times cheaper to write and read (an initial sync carries one per ticket).
nlohmann::json toCompactJson(const SlaReport& report);

/// Writes toCompactJson(report) as text, without building it (the server writes one per ticket of a pull page).
void writeCompactJson(JsonTextWriter& out, const SlaReport& report);

/// Decodes what toCompactJson() wrote, with toJson()'s checks; errors name the field as toJson()'s form would
/// ("clocks[1].due_at"). Wrong array lengths are refused.
Result<SlaReport> slaReportFromCompactJson(const nlohmann::json& json);

} // namespace hss::sla
