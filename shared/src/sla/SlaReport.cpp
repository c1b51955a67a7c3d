// SPDX-License-Identifier: MIT
#include "hss/sla/SlaReport.h"

#include <algorithm>
#include <utility>

#include <nlohmann/json.hpp>

#include "../EnumTable.h"
#include "../JsonObjectReader.h"
#include "hss/JsonTextWriter.h"
#include "hss/Timestamp.h"

namespace hss::sla {

namespace {

constexpr detail::EnumTable<SlaClockKind, 3> clockKinds {"SLA clock",
                                                         {{
                                                             {SlaClockKind::FirstResponse, "first_response"},
                                                             {SlaClockKind::NextUpdate, "next_update"},
                                                             {SlaClockKind::Resolution, "resolution"},
                                                         }}};

constexpr detail::EnumTable<SlaState, 6> states {"SLA state",
                                                 {{
                                                     {SlaState::Inactive, "inactive"},
                                                     {SlaState::Ok, "ok"},
                                                     {SlaState::Warning, "warning"},
                                                     {SlaState::Escalated, "escalated"},
                                                     {SlaState::Breached, "breached"},
                                                     {SlaState::Met, "met"},
                                                 }}};

constexpr detail::EnumTable<SlaEventKind, 3> eventKinds {"SLA event",
                                                         {{
                                                             {SlaEventKind::Warning, "warning"},
                                                             {SlaEventKind::Escalation, "escalation"},
                                                             {SlaEventKind::Breach, "breach"},
                                                         }}};

nlohmann::json optionalTime(const std::optional<std::int64_t>& unixMs)
{
    return unixMs ? nlohmann::json(formatTimestamp(*unixMs)) : nlohmann::json(nullptr);
}

/// Reads the array of objects at \a key element by element with \a decode(element, "key[i].").
template <class T, class Decode>
void readObjects(detail::JsonObjectReader& reader, std::string_view key, std::vector<T>& out, Decode decode)
{
    out.clear();
    const nlohmann::json* values = reader.array(key);
    for (std::size_t i = 0; values != nullptr && i < values->size() && !reader.failed(); ++i) {
        auto element = decode((*values)[i], reader.elementName(key, i) + ".");
        if (element) {
            out.push_back(std::move(element).value());
        } else {
            reader.fail(std::move(element).error());
        }
    }
}

Result<SlaEvent> eventFromJson(const nlohmann::json& json, const std::string& prefix, SlaClockKind clock)
{
    detail::JsonObjectReader reader(json, prefix);
    SlaEvent event;
    event.clock = clock;
    reader.enumeration("kind", event.kind, &slaEventKindFromString);
    reader.integer("level", event.level);
    reader.timestamp("at", event.at);
    reader.timestamp("clock_started_at", event.clockStartedAt);
    if (auto status = reader.finish(); !status) {
        return status.error();
    }
    if (event.level < 0) {
        return Error {ErrorCode::OutOfRange, prefix + "level", "must not be negative"};
    }
    return event;
}

Result<SlaClock> clockFromJson(const nlohmann::json& json, const std::string& prefix)
{
    detail::JsonObjectReader reader(json, prefix);
    SlaClock clock;
    reader.enumeration("clock", clock.kind, &slaClockKindFromString);
    reader.enumeration("state", clock.state, &slaStateFromString);
    reader.string("policy", clock.policyId);
    reader.timestamp("started_at", clock.startedAt);
    reader.optionalTimestamp("stopped_at", clock.stoppedAt);
    reader.optionalTimestamp("due_at", clock.dueAt);
    reader.integer("target_ms", clock.targetMs);
    reader.integer("elapsed_ms", clock.elapsedMs);
    reader.integer("remaining_ms", clock.remainingMs);
    reader.boolean("paused", clock.paused);
    reader.integer("escalation_level", clock.escalationLevel);
    // The events' clock is the enclosing one: read the kind first so each event gets it.
    const SlaClockKind kind = clock.kind;
    readObjects(reader, "upcoming", clock.upcoming,
                [kind](const nlohmann::json& element, const std::string& elementPrefix) {
                    return eventFromJson(element, elementPrefix, kind);
                });
    if (auto status = reader.finish(); !status) {
        return status.error();
    }
    if (clock.targetMs < 0 || clock.elapsedMs < 0) {
        return Error {ErrorCode::OutOfRange, prefix + (clock.targetMs < 0 ? "target_ms" : "elapsed_ms"),
                      "must not be negative"};
    }
    if (clock.remainingMs != clock.targetMs - clock.elapsedMs) {
        return Error {ErrorCode::InvalidArgument, prefix + "remaining_ms", "must be target_ms - elapsed_ms"};
    }
    if (clock.escalationLevel < 0) {
        return Error {ErrorCode::OutOfRange, prefix + "escalation_level", "must not be negative"};
    }
    return clock;
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

std::optional<std::int64_t> SlaReport::nextDueAt() const
{
    std::optional<std::int64_t> next;
    for (const auto& clock : clocks) {
        if (clock.state == SlaState::Inactive || clock.stoppedAt || clock.paused || !clock.dueAt) {
            continue;
        }
        next = next ? std::min(*next, *clock.dueAt) : *clock.dueAt;
    }
    return next;
}

std::string_view toString(SlaClockKind kind)
{
    return clockKinds.name(kind);
}

std::string_view toString(SlaState state)
{
    return states.name(state);
}

std::string_view toString(SlaEventKind kind)
{
    return eventKinds.name(kind);
}

Result<SlaClockKind> slaClockKindFromString(std::string_view text, std::string_view field)
{
    return clockKinds.parse(text, field);
}

Result<SlaState> slaStateFromString(std::string_view text, std::string_view field)
{
    return states.parse(text, field);
}

Result<SlaEventKind> slaEventKindFromString(std::string_view text, std::string_view field)
{
    return eventKinds.parse(text, field);
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

void writeJson(JsonTextWriter& out, const SlaReport& report)
{
    // Members in name order, as the DOM of toJson() keeps them, so both give the same text.
    const auto time = [&out](std::string_view name, const std::optional<std::int64_t>& unixMs) {
        out.key(name);
        if (unixMs) {
            out.string(formatTimestamp(*unixMs));
        } else {
            out.null();
        }
    };
    out.beginObject();
    out.key("clocks");
    out.beginArray();
    for (const auto& clock : report.clocks) {
        out.beginObject();
        out.key("clock");
        out.string(toString(clock.kind));
        time("due_at", clock.dueAt);
        out.key("elapsed_ms");
        out.integer(clock.elapsedMs);
        out.key("escalation_level");
        out.integer(clock.escalationLevel);
        out.key("paused");
        out.boolean(clock.paused);
        out.key("policy");
        out.string(clock.policyId);
        out.key("remaining_ms");
        out.integer(clock.remainingMs);
        time("started_at", clock.startedAt);
        out.key("state");
        out.string(toString(clock.state));
        time("stopped_at", clock.stoppedAt);
        out.key("target_ms");
        out.integer(clock.targetMs);
        out.key("upcoming");
        out.beginArray();
        for (const auto& event : clock.upcoming) {
            out.beginObject();
            time("at", event.at);
            time("clock_started_at", event.clockStartedAt);
            out.key("kind");
            out.string(toString(event.kind));
            out.key("level");
            out.integer(event.level);
            out.endObject();
        }
        out.endArray();
        out.endObject();
    }
    out.endArray();
    out.key("escalation_level");
    out.integer(report.escalationLevel());
    time("evaluated_at", report.evaluatedAt);
    out.endObject();
}

Result<SlaReport> slaReportFromJson(const nlohmann::json& json)
{
    detail::JsonObjectReader reader(json);
    SlaReport report;
    int escalationLevel = 0;
    std::vector<SlaClock> clocks;
    reader.timestamp("evaluated_at", report.evaluatedAt);
    reader.integer("escalation_level", escalationLevel);
    readObjects(reader, "clocks", clocks, &clockFromJson);
    if (auto status = reader.finish(); !status) {
        return status.error();
    }
    if (clocks.size() != report.clocks.size()) {
        return Error {ErrorCode::InvalidArgument, "clocks",
                      "expected " + std::to_string(report.clocks.size()) + " clocks, got "
                          + std::to_string(clocks.size())};
    }
    for (std::size_t i = 0; i < clocks.size(); ++i) {
        if (clocks[i].kind != allSlaClockKinds[i]) {
            return Error {ErrorCode::InvalidArgument, "clocks[" + std::to_string(i) + "].clock",
                          "expected " + std::string(toString(allSlaClockKinds[i])) + " at this position"};
        }
        report.clocks[i] = std::move(clocks[i]);
    }
    if (escalationLevel != report.escalationLevel()) {
        return Error {ErrorCode::InvalidArgument, "escalation_level",
                      "must be the highest escalation level of the clocks"};
    }
    return report;
}

} // namespace hss::sla
