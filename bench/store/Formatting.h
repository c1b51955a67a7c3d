// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace hss::bench {

/// The limit on encrypted median / plain median for the queue and search queries.
inline constexpr double ratioTarget = 1.3;

/// Milliseconds with two decimals below 10 and one above.
inline QString formatMs(double milliseconds)
{
    return QString::number(milliseconds, 'f', milliseconds < 10.0 ? 2 : 1);
}

/// encrypted / plain with two decimals, or "n/a" without a plain value.
inline QString formatRatio(double encrypted, double plain)
{
    return plain > 0.0 ? QString::number(encrypted / plain, 'f', 2) : QStringLiteral("n/a");
}

} // namespace hss::bench
