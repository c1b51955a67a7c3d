// SPDX-License-Identifier: MIT
#include "hss/metrics/Share.h"

namespace hss::metrics {

Share Share::of(std::int64_t part, std::int64_t whole)
{
    Share share;
    share.part = part;
    share.whole = whole;
    if (whole > 0) {
        share.percent = static_cast<double>(part) * 100.0 / static_cast<double>(whole);
    }
    return share;
}

} // namespace hss::metrics
