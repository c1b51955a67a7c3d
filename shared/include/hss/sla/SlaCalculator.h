// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include "hss/Result.h"
#include "hss/sla/BusinessClock.h"
#include "hss/sla/SlaConfiguration.h"
#include "hss/sla/SlaHistory.h"
#include "hss/sla/SlaReport.h"
#include "hss/sla/TimeZoneDatabase.h"

namespace hss::sla {

/// Computes a ticket's SLA clocks from its history: a pure function of (configuration, history, evaluation time),
/// so the console offline and the server's scheduler get the same deadlines. Immutable; thread-safe.
///
/// Rules:
/// - Clocks count business time of the policy's calendar. First response and resolution start at creation; the
///   next-update clock runs from the latest agent reply while the ticket is neither resolved nor closed.
/// - A clock does not count while the ticket waits on the customer: from the change to waiting_on_customer until
///   the next status change or the customer's next reply, whichever comes first. Time spent resolved or closed
///   before a reopen does not count either.
/// - First response stops at the first agent reply (or at resolution without one); resolution stops when the
///   ticket becomes resolved or closed and stays so.
/// - Policy changes (priority or category) while a clock runs: a higher priority (e.g. raised to emergency)
///   restarts the clock at the moment of the change on the new policy, with its full target; any other change
///   (lower priority, other category) keeps the clock's start and re-measures the whole run on the new policy,
///   so lowering a priority never buys time. Changes after a clock stopped do not touch it.
/// - State: breached once elapsed >= target; else escalated at the highest escalation offset passed; else warning
///   once past the first warning fraction; else ok. A stopped clock is met or breached.
class SlaCalculator final
{
public:
    /// A calculator over \a configuration, with the time zones of its calendars loaded from \a zones. An invalid
    /// configuration or an unknown zone gives the error naming its field ("calendars[1].time_zone").
    static Result<SlaCalculator> create(SlaConfiguration configuration, const TimeZoneDatabase& zones);

    /// The report for \a history evaluated at \a now (UTC ms). History entries after \a now are ignored.
    /// A history with entries out of order gives InvalidArgument naming the entry.
    Result<SlaReport> compute(const SlaHistory& history, std::int64_t now) const;

    const SlaConfiguration& configuration() const noexcept { return *m_configuration; }

private:
    SlaCalculator() = default;

    std::shared_ptr<const SlaConfiguration> m_configuration;
    std::shared_ptr<const std::map<std::string, BusinessClock, std::less<>>> m_clocks; ///< By calendar id.
};

} // namespace hss::sla
