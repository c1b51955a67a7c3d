// SPDX-License-Identifier: MIT
#include "KeyError.h"

namespace hss::client {

QString keyErrorName(KeyError code)
{
    switch (code) {
    case KeyError::Missing:
        return QStringLiteral("missing");
    case KeyError::Unreadable:
        return QStringLiteral("unreadable");
    case KeyError::Damaged:
        return QStringLiteral("damaged");
    case KeyError::WrongPassword:
        return QStringLiteral("wrong_password");
    case KeyError::AlreadyExists:
        return QStringLiteral("already_exists");
    case KeyError::WriteFailed:
        return QStringLiteral("write_failed");
    case KeyError::InvalidArgument:
        return QStringLiteral("invalid_argument");
    case KeyError::CryptoFailure:
        return QStringLiteral("crypto_failure");
    case KeyError::KeychainUnavailable:
        return QStringLiteral("keychain_unavailable");
    }
    return QStringLiteral("unknown");
}

} // namespace hss::client
