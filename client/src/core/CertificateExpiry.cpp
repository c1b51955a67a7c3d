// SPDX-License-Identifier: MIT
#include "CertificateExpiry.h"

namespace hss::client {

namespace {

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;

} // namespace

CertificateExpiry::State CertificateExpiry::state(const Certificate& certificate, qint64 nowMs, int windowDays)
{
    if (certificate.expiresAt <= nowMs) {
        return State::Expired;
    }
    if (certificate.expiresAt - nowMs <= static_cast<qint64>(windowDays) * dayMs) {
        return State::ExpiringSoon;
    }
    return State::Valid;
}

qint64 CertificateExpiry::daysLeft(const Certificate& certificate, qint64 nowMs)
{
    const qint64 left = certificate.expiresAt - nowMs;
    return left >= 0 ? left / dayMs : -((-left + dayMs - 1) / dayMs);
}

} // namespace hss::client
