// SPDX-License-Identifier: MIT
#include "hss/sla/SlaCalculator.h"

#include <algorithm>
#include <cmath>

#include "SlaTimeline.h"
#include "hss/Timestamp.h"

namespace hss::sla {

namespace {

using Interval = detail::SlaTimeline::Interval;
using ClockMap = std::map<std::string, BusinessClock, std::less<>>;

constexpr std::int64_t msPerMinute = 60'000;

bool isDone(TicketStatus status)
{
    return status == TicketStatus::Resolved || status == TicketStatus::Closed;
}

/// What the history says up to the evaluation time.
struct Facts
{
    std::vector<Interval> pauses; ///< Sorted, merged; the last may be open (ends at maxTimestampMs).
    std::optional<std::int64_t> resolvedAt; ///< Start of the final resolved/closed stretch.
    std::optional<std::int64_t> firstReply;
    std::optional<std::int64_t> lastReply;
};

Facts deriveFacts(const SlaHistory& history, std::int64_t now)
{
    Facts facts;
    std::vector<SlaStatusChange> statuses {{history.createdAt, TicketStatus::New}};
    for (const auto& change : history.statusChanges) {
        if (change.at <= now) {
            statuses.push_back(change);
        }
    }
    for (std::size_t i = 0; i < statuses.size(); ++i) {
        const std::int64_t start = statuses[i].at;
        std::int64_t end = i + 1 < statuses.size() ? statuses[i + 1].at : maxTimestampMs;
        if (statuses[i].status == TicketStatus::WaitingOnCustomer) {
            // The customer's reply resumes the clock even before an agent changes the status.
            const auto reply = std::upper_bound(history.customerReplies.begin(), history.customerReplies.end(), start);
            if (reply != history.customerReplies.end() && *reply <= now) {
                end = std::min(end, *reply);
            }
        } else if (!isDone(statuses[i].status)) {
            continue;
        }
        if (end <= start) {
            continue;
        }
        if (!facts.pauses.empty() && facts.pauses.back().second >= start) {
            facts.pauses.back().second = std::max(facts.pauses.back().second, end);
        } else {
            facts.pauses.emplace_back(start, end);
        }
    }
    for (std::size_t i = statuses.size(); i > 0 && isDone(statuses[i - 1].status); --i) {
        facts.resolvedAt = statuses[i - 1].at;
    }
    for (const std::int64_t reply : history.agentReplies) {
        if (reply <= now) {
            facts.firstReply = facts.firstReply.value_or(reply);
            facts.lastReply = reply;
        }
    }
    return facts;
}

/// One run of a clock: when it (re)started and on which policy it ends up.
struct Run
{
    std::int64_t start = 0;
    const SlaPolicy* policy = nullptr;
};

/// Applies the documented policy-change rule to a clock that starts at \a start and runs until \a end.
Run runOf(const SlaConfiguration& configuration, const SlaHistory& history, std::int64_t start, std::int64_t end)
{
    Priority priority = history.priority;
    Category category = history.category;
    Run run {start, nullptr};
    for (const auto& change : history.classificationChanges) {
        if (change.at <= start) {
            priority = change.priority;
            category = change.category;
        }
    }
    run.policy = configuration.policyFor(priority, category);
    for (const auto& change : history.classificationChanges) {
        if (change.at <= start || change.at > end) {
            continue;
        }
        if (severityRank(change.priority) > severityRank(priority)) {
            run.start = change.at;
        }
        priority = change.priority;
        category = change.category;
        run.policy = configuration.policyFor(priority, category);
    }
    return run;
}

const SlaTarget& targetOf(const SlaPolicy& policy, SlaClockKind kind)
{
    switch (kind) {
    case SlaClockKind::FirstResponse:
        return policy.firstResponse;
    case SlaClockKind::NextUpdate:
        return policy.nextUpdate;
    case SlaClockKind::Resolution:
        break;
    }
    return policy.resolution;
}

SlaClock evaluate(SlaClockKind kind, const Run& run, std::optional<std::int64_t> stop, std::int64_t now,
                  const detail::SlaTimeline& timeline)
{
    const SlaPolicy& policy = *run.policy;
    const SlaTarget& target = targetOf(policy, kind);
    SlaClock clock;
    clock.kind = kind;
    clock.policyId = policy.id;
    clock.startedAt = run.start;
    clock.stoppedAt = stop;
    clock.targetMs = target.minutes * msPerMinute;
    clock.elapsedMs = timeline.elapsed(run.start, stop.value_or(now));
    clock.remainingMs = clock.targetMs - clock.elapsedMs;
    clock.dueAt = timeline.pointAt(run.start, clock.targetMs);
    for (const std::int64_t minutes : target.escalationMinutes) {
        clock.escalationLevel += minutes * msPerMinute <= clock.elapsedMs ? 1 : 0;
    }
    if (stop) {
        clock.state = clock.elapsedMs <= clock.targetMs ? SlaState::Met : SlaState::Breached;
        return clock;
    }
    const auto warningMs = [&](double fraction) {
        return std::llround(fraction * static_cast<double>(clock.targetMs));
    };
    if (clock.elapsedMs >= clock.targetMs) {
        clock.state = SlaState::Breached;
    } else if (clock.escalationLevel > 0) {
        clock.state = SlaState::Escalated;
    } else if (!policy.warningFractions.empty() && clock.elapsedMs >= warningMs(policy.warningFractions.front())) {
        clock.state = SlaState::Warning;
    } else {
        clock.state = SlaState::Ok;
    }
    clock.paused = timeline.isPausedAt(now);
    if (clock.paused) {
        return clock;
    }
    const auto addEvent = [&](SlaEventKind eventKind, int level, std::int64_t offsetMs) {
        if (offsetMs <= clock.elapsedMs) {
            return;
        }
        if (const auto at = timeline.pointAt(run.start, offsetMs)) {
            clock.upcoming.push_back(SlaEvent {kind, eventKind, level, *at, run.start});
        }
    };
    for (std::size_t i = 0; i < policy.warningFractions.size(); ++i) {
        addEvent(SlaEventKind::Warning, static_cast<int>(i + 1), warningMs(policy.warningFractions[i]));
    }
    for (std::size_t i = 0; i < target.escalationMinutes.size(); ++i) {
        addEvent(SlaEventKind::Escalation, static_cast<int>(i + 1), target.escalationMinutes[i] * msPerMinute);
    }
    addEvent(SlaEventKind::Breach, 0, clock.targetMs);
    std::stable_sort(clock.upcoming.begin(), clock.upcoming.end(),
                     [](const auto& a, const auto& b) { return a.at < b.at; });
    return clock;
}

} // namespace

Result<SlaCalculator> SlaCalculator::create(SlaConfiguration configuration, const TimeZoneDatabase& zones)
{
    if (auto valid = validate(configuration); !valid) {
        return valid.error();
    }
    auto clocks = std::make_shared<ClockMap>();
    for (std::size_t i = 0; i < configuration.calendars.size(); ++i) {
        const auto& calendar = configuration.calendars[i];
        std::shared_ptr<const TimeZone> zone;
        if (calendar.alwaysOpen) {
            // A 24/7 calendar never reads its zone; do not require tzdata for it.
            zone = std::make_shared<const TimeZone>(TimeZone::utc());
        } else {
            auto loaded = zones.zone(calendar.timeZone, "calendars[" + std::to_string(i) + "].time_zone");
            if (!loaded) {
                return loaded.error();
            }
            zone = std::move(loaded).value();
        }
        clocks->emplace(calendar.id, BusinessClock(calendar, std::move(zone)));
    }
    SlaCalculator calculator;
    calculator.m_configuration = std::make_shared<const SlaConfiguration>(std::move(configuration));
    calculator.m_clocks = std::move(clocks);
    return calculator;
}

Result<SlaReport> SlaCalculator::compute(const SlaHistory& history, std::int64_t now) const
{
    if (auto valid = validate(history); !valid) {
        return valid.error();
    }
    if (!isTimestampInRange(now) || now < history.createdAt) {
        return Error {ErrorCode::OutOfRange, "now", "the evaluation time must not be before created_at"};
    }
    const Facts facts = deriveFacts(history, now);
    // A stopped clock's due time is the one it had when it stopped, so later pauses (the final resolved
    // stretch) are cut off there.
    const auto pausesUntil = [&](std::optional<std::int64_t> stop) {
        std::vector<Interval> pauses;
        for (const auto& pause : facts.pauses) {
            if (!stop || pause.first < *stop) {
                pauses.emplace_back(pause.first, stop ? std::min(pause.second, *stop) : pause.second);
            }
        }
        return pauses;
    };
    const auto clockOf = [&](const Run& run) -> const BusinessClock& {
        return m_clocks->find(run.policy->calendarId)->second;
    };
    SlaReport report;
    report.evaluatedAt = now;

    std::optional<std::int64_t> responseStop = facts.firstReply;
    if (facts.resolvedAt && (!responseStop || *facts.resolvedAt < *responseStop)) {
        responseStop = facts.resolvedAt; // resolved without a reply (duplicate, spam): nothing more is owed
    }
    const Run response = runOf(*m_configuration, history, history.createdAt, responseStop.value_or(now));
    const auto responsePauses = pausesUntil(responseStop);
    report.clocks[0] = evaluate(SlaClockKind::FirstResponse, response, responseStop, now,
                                detail::SlaTimeline(clockOf(response), responsePauses));

    report.clocks[1].kind = SlaClockKind::NextUpdate;
    if (facts.lastReply && !facts.resolvedAt) {
        const Run update = runOf(*m_configuration, history, *facts.lastReply, now);
        report.clocks[1] = evaluate(SlaClockKind::NextUpdate, update, std::nullopt, now,
                                    detail::SlaTimeline(clockOf(update), facts.pauses));
    }

    const Run resolution = runOf(*m_configuration, history, history.createdAt, facts.resolvedAt.value_or(now));
    const auto resolutionPauses = pausesUntil(facts.resolvedAt);
    report.clocks[2] = evaluate(SlaClockKind::Resolution, resolution, facts.resolvedAt, now,
                                detail::SlaTimeline(clockOf(resolution), resolutionPauses));
    return report;
}

} // namespace hss::sla
