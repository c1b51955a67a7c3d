// SPDX-License-Identifier: MIT
#include "hss/metrics/TicketFacts.h"

#include <algorithm>

namespace hss::metrics {

std::optional<std::int64_t> TicketFacts::resolutionAt() const
{
    if (isOpen()) {
        return std::nullopt;
    }
    return resolvedAt;
}

std::optional<std::int64_t> TicketFacts::firstResponseEventAt() const
{
    if (firstResponseAt && resolvedAt) {
        return std::min(*firstResponseAt, *resolvedAt);
    }
    return firstResponseAt ? firstResponseAt : resolvedAt;
}

} // namespace hss::metrics
