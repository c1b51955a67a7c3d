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
    /// An admin reset the password: the server opens nothing but the own profile until the user changes it.
    bool passwordChangeRequired = false;
};

} // namespace hss::client
