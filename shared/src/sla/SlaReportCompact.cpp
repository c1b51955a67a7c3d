// SPDX-License-Identifier: MIT
// The sync feed's compact JSON form of an SLA report (toCompactJson, slaReportFromCompactJson in SlaReport.h).
#include <cstdint>
#include <limits>
#include <string>

#include <nlohmann/json.hpp>

#include "hss/JsonTextWriter.h"
#include "hss/sla/SlaReport.h"

namespace hss::sla {

namespace {

constexpr std::int64_t anyTime = std::numeric_limits<std::int64_t>::min();
constexpr std::size_t clockFields = 10;
constexpr std::size_t eventFields = 4;

/// Where a value sits, named as in toJson()'s form; only spelled out for an error, so reading builds no strings.
struct Place
{
    int clock = -1; ///< -1: the report itself
    int event = -1; ///< -1: the clock itself
    const char* key = "";

    std::string name() const
    {
        std::string text;
        if (clock >= 0) {
            text = "clocks[" + std::to_string(clock) + "]";
            if (event >= 0) {
                text += ".upcoming[" + std::to_string(event) + "]";
            }
            if (*key != '\0') {
                text += ".";
            }
        }
        return text + key;
    }
};

/// Reads toCompactJson()'s positional arrays, keeping the first error.
class CompactReader final
{
public:
    bool failed() const { return m_error.has_value(); }
    Error takeError() { return std::move(*m_error); }

    void fail(ErrorCode code, const Place& place, std::string message)
    {
        if (!m_error) {
            m_error = Error {code, place.name(), std::move(message)};
        }
    }

    /// \a json if it is an array of \a size elements (any size: 0), otherwise nullptr and failed.
    const nlohmann::json* array(const nlohmann::json& json, std::size_t size, const Place& place)
    {
        if (failed()) {
            return nullptr;
        }
        if (!json.is_array()) {
            fail(ErrorCode::WrongType, place, "expected an array");
            return nullptr;
        }
        if (size != 0 && json.size() != size) {
            fail(ErrorCode::InvalidArgument, place,
                 "expected " + std::to_string(size) + " elements, got " + std::to_string(json.size()));
            return nullptr;
        }
        return &json;
    }

    template <class Int>
    void integer(const nlohmann::json& json, Int& out, const Place& place, std::int64_t min = 0)
    {
        if (failed()) {
            return;
        }
        if (!json.is_number_integer()) {
            return fail(ErrorCode::WrongType, place, "expected an integer");
        }
        if (json.is_number_unsigned()
            && json.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
            return fail(ErrorCode::OutOfRange, place, "out of range");
        }
        const auto value = json.get<std::int64_t>();
        if (value < min) {
            return fail(ErrorCode::OutOfRange, place, "must not be negative");
        }
        if constexpr (sizeof(Int) < sizeof(std::int64_t)) {
            if (value > std::numeric_limits<Int>::max()) {
                return fail(ErrorCode::OutOfRange, place, "out of range");
            }
        }
        out = static_cast<Int>(value);
    }

    void optionalTime(const nlohmann::json& json, std::optional<std::int64_t>& out, const Place& place)
    {
        out.reset();
        if (!failed() && !json.is_null()) {
            std::int64_t value = 0;
            integer(json, value, place, anyTime);
            out = value;
        }
    }

    void string(const nlohmann::json& json, std::string& out, const Place& place)
    {
        if (failed()) {
            return;
        }
        if (!json.is_string()) {
            return fail(ErrorCode::WrongType, place, "expected a string");
        }
        out = json.get_ref<const std::string&>();
    }

    void boolean(const nlohmann::json& json, bool& out, const Place& place)
    {
        if (failed()) {
            return;
        }
        if (!json.is_boolean()) {
            return fail(ErrorCode::WrongType, place, "expected a boolean");
        }
        out = json.get<bool>();
    }

    template <class E>
    void enumeration(const nlohmann::json& json, E& out, Result<E> (*parse)(std::string_view, std::string_view),
                     const Place& place)
    {
        if (failed()) {
            return;
        }
        if (!json.is_string()) {
            return fail(ErrorCode::WrongType, place, "expected a string");
        }
        auto value = parse(json.get_ref<const std::string&>(), {});
        if (!value) {
            return fail(value.error().code, place, value.error().message);
        }
        out = value.value();
    }

private:
    std::optional<Error> m_error;
};

void readEvents(CompactReader& in, const nlohmann::json& json, SlaClock& clock, int index)
{
    const nlohmann::json* events = in.array(json, 0, {index, -1, "upcoming"});
    for (std::size_t i = 0; events != nullptr && i < events->size() && !in.failed(); ++i) {
        const int at = static_cast<int>(i);
        const nlohmann::json* fields = in.array((*events)[i], eventFields, {index, at, ""});
        if (fields == nullptr) {
            return;
        }
        SlaEvent event;
        event.clock = clock.kind;
        in.enumeration((*fields)[0], event.kind, &slaEventKindFromString, {index, at, "kind"});
        in.integer((*fields)[1], event.level, {index, at, "level"});
        in.integer((*fields)[2], event.at, {index, at, "at"}, anyTime);
        in.integer((*fields)[3], event.clockStartedAt, {index, at, "clock_started_at"}, anyTime);
        clock.upcoming.push_back(event);
    }
}

void readClock(CompactReader& in, const nlohmann::json& json, SlaClock& clock, int index)
{
    const nlohmann::json* fields = in.array(json, clockFields, {index, -1, ""});
    if (fields == nullptr) {
        return;
    }
    const nlohmann::json& at = *fields;
    in.enumeration(at[0], clock.state, &slaStateFromString, {index, -1, "state"});
    in.string(at[1], clock.policyId, {index, -1, "policy"});
    in.integer(at[2], clock.startedAt, {index, -1, "started_at"}, anyTime);
    in.optionalTime(at[3], clock.stoppedAt, {index, -1, "stopped_at"});
    in.optionalTime(at[4], clock.dueAt, {index, -1, "due_at"});
    in.integer(at[5], clock.targetMs, {index, -1, "target_ms"});
    in.integer(at[6], clock.elapsedMs, {index, -1, "elapsed_ms"});
    clock.remainingMs = clock.targetMs - clock.elapsedMs; // both non-negative: cannot overflow
    in.boolean(at[7], clock.paused, {index, -1, "paused"});
    in.integer(at[8], clock.escalationLevel, {index, -1, "escalation_level"});
    readEvents(in, at[9], clock, index);
}

} // namespace

nlohmann::json toCompactJson(const SlaReport& report)
{
    // Built in place (no initializer lists, which copy every element): the server writes one per ticket of a page.
    const auto time = [](const std::optional<std::int64_t>& at) { return at ? nlohmann::json(*at) : nullptr; };
    nlohmann::json::array_t json;
    json.reserve(1 + report.clocks.size());
    json.emplace_back(report.evaluatedAt);
    for (const auto& clock : report.clocks) {
        nlohmann::json::array_t upcoming;
        upcoming.reserve(clock.upcoming.size());
        for (const auto& event : clock.upcoming) {
            nlohmann::json::array_t fields;
            fields.reserve(eventFields);
            fields.emplace_back(toString(event.kind));
            fields.emplace_back(event.level);
            fields.emplace_back(event.at);
            fields.emplace_back(event.clockStartedAt);
            upcoming.emplace_back(std::move(fields));
        }
        nlohmann::json::array_t fields;
        fields.reserve(clockFields);
        fields.emplace_back(toString(clock.state));
        fields.emplace_back(clock.policyId);
        fields.emplace_back(clock.startedAt);
        fields.emplace_back(time(clock.stoppedAt));
        fields.emplace_back(time(clock.dueAt));
        fields.emplace_back(clock.targetMs);
        fields.emplace_back(clock.elapsedMs);
        fields.emplace_back(clock.paused);
        fields.emplace_back(clock.escalationLevel);
        fields.emplace_back(std::move(upcoming));
        json.emplace_back(std::move(fields));
    }
    return json;
}

void writeCompactJson(JsonTextWriter& out, const SlaReport& report)
{
    const auto time = [&out](const std::optional<std::int64_t>& at) {
        if (at) {
            out.integer(*at);
        } else {
            out.null();
        }
    };
    out.beginArray();
    out.integer(report.evaluatedAt);
    for (const auto& clock : report.clocks) {
        out.beginArray();
        out.string(toString(clock.state));
        out.string(clock.policyId);
        out.integer(clock.startedAt);
        time(clock.stoppedAt);
        time(clock.dueAt);
        out.integer(clock.targetMs);
        out.integer(clock.elapsedMs);
        out.boolean(clock.paused);
        out.integer(clock.escalationLevel);
        out.beginArray();
        for (const auto& event : clock.upcoming) {
            out.beginArray();
            out.string(toString(event.kind));
            out.integer(event.level);
            out.integer(event.at);
            out.integer(event.clockStartedAt);
            out.endArray();
        }
        out.endArray();
        out.endArray();
    }
    out.endArray();
}

Result<SlaReport> slaReportFromCompactJson(const nlohmann::json& json)
{
    CompactReader in;
    SlaReport report;
    if (const nlohmann::json* fields = in.array(json, 1 + report.clocks.size(), {})) {
        in.integer((*fields)[0], report.evaluatedAt, {-1, -1, "evaluated_at"}, anyTime);
        for (std::size_t i = 0; i < report.clocks.size() && !in.failed(); ++i) {
            report.clocks[i].kind = allSlaClockKinds[i];
            readClock(in, (*fields)[i + 1], report.clocks[i], static_cast<int>(i));
        }
    }
    if (in.failed()) {
        return in.takeError();
    }
    return report;
}

} // namespace hss::sla
