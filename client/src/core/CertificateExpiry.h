// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include "hss/Certificate.h"

namespace hss::client {

/// Where a certificate stands for renewal: still valid, due for renewal soon, or expired.
class CertificateExpiry final
{
public:
    enum class State { Valid, ExpiringSoon, Expired };

    /// Certificates expiring within this many days are flagged for renewal (a month: enough time to redo a course).
    static constexpr int defaultRenewalWindowDays = 30;

    /// Expired once expiresAt has passed; ExpiringSoon when it expires within windowDays of nowMs.
    static State state(const Certificate& certificate, qint64 nowMs, int windowDays = defaultRenewalWindowDays);
    /// Whole days left until expiry, rounded down; negative once expired.
    static qint64 daysLeft(const Certificate& certificate, qint64 nowMs);
};

} // namespace hss::client
