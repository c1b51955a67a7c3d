// SPDX-License-Identifier: MIT
#include "hss/metrics/TeamFilter.h"

#include <algorithm>

namespace hss::metrics {

bool TeamFilter::matches(std::string_view team) const
{
    return teams.empty() || std::find(teams.begin(), teams.end(), team) != teams.end();
}

} // namespace hss::metrics
