// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace hss::metrics {

/// Which teams a KPI looks at. An empty filter (the default) takes every record, including those without a team;
/// otherwise only records whose team is spelled exactly like one of the listed names (case-sensitive) count, so a
/// record with an empty team is left out.
struct TeamFilter
{
    std::vector<std::string> teams; ///< Empty: every team.

    /// Every team, unrouted records included.
    static TeamFilter all() { return {}; }

    /// Only \a team.
    static TeamFilter only(std::string team) { return TeamFilter {{std::move(team)}}; }

    /// True when a record owned by \a team passes the filter.
    bool matches(std::string_view team) const;
};

} // namespace hss::metrics
