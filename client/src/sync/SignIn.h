// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include "hss/User.h"

namespace hss::client {

/// What a successful sign-in or token refresh returns.
struct SignIn
{
    QString accessToken;
    QString refreshToken;
    qint64 expiresInSeconds = 0;
    User user;
};

} // namespace hss::client
