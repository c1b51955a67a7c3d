// SPDX-License-Identifier: MIT
#include "SignInOutcome.h"

#include <QObject>

#include "sync/SyncApiError.h"

namespace hss::client {

SignInOutcome SignInOutcome::fromError(const SyncApiError& error, bool totpGiven)
{
    using Kind = SyncApiError::Kind;
    using Code = SignInOutcome::Code;
    switch (error.kind) {
    case Kind::Unreachable:
    case Kind::Timeout:
        return {Code::Unreachable, QObject::tr("The server cannot be reached (%1).").arg(error.message)};
    case Kind::Tls:
        return {Code::Certificate,
                QObject::tr("The server's certificate is not trusted or has expired, so the console will not send your "
                            "password to it. Ask your administrator. Details: %1")
                    .arg(error.message)};
    case Kind::Unauthorized:
        if (error.code == QLatin1String("totp_required")) {
            return {Code::TotpRequired, QObject::tr("This account needs the current code of your authenticator app.")};
        }
        return {Code::WrongCredentials,
                totpGiven ? QObject::tr("Wrong user name, password or authenticator code (or the account is disabled).")
                          : QObject::tr("Wrong user name or password (or the account is disabled).")};
    case Kind::AccountDisabled:
        return {Code::AccountDisabled, QObject::tr("This account has been disabled. Ask your administrator.")};
    case Kind::Incompatible:
        return {Code::Incompatible,
                QObject::tr("This console and the server speak different versions of the sync protocol (%1). Ask your "
                            "administrator for the update; the work on this device is kept.")
                    .arg(error.message)};
    case Kind::ServerError:
        if (error.httpStatus == 429) {
            const qint64 seconds = error.retryAfter ? error.retryAfter->count() : 60;
            return {
                Code::Throttled,
                QObject::tr("Too many failed sign-in attempts: the account is locked for now. Try again in %1 seconds.")
                    .arg(seconds),
                error.retryAfter};
        }
        return {Code::Unreachable, QObject::tr("The server has a problem (%1).").arg(error.message)};
    case Kind::Rejected:
        if (error.code == QLatin1String("totp_setup_required")) {
            return {Code::Invalid,
                    QObject::tr("Administrators need an authenticator app (TOTP); ask for the account to be "
                                "set up again.")};
        }
        if (error.httpStatus == 400 && totpGiven) {
            return {Code::TotpRequired, QObject::tr("The authenticator code is the 6 to 8 digits your app shows.")};
        }
        return {Code::Invalid, QObject::tr("The server refused the sign-in: %1").arg(error.message)};
    case Kind::BadResponse:
    case Kind::Cancelled:
        break;
    }
    return {Code::Unreachable, QObject::tr("The server's answer could not be read (%1).").arg(error.message)};
}

} // namespace hss::client
