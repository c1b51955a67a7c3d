// SPDX-License-Identifier: MIT
#include "PasswordChanger.h"

#include <QPromise>
#include <memory>

#include "ConsoleSession.h"
#include "FutureSupport.h"
#include "sync/SyncApi.h"

namespace hss::client {

PasswordChanger::PasswordChanger(ConsoleSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{ }

bool PasswordChanger::canChange() const
{
    return m_session.api() && m_session.api()->hasSession() && m_session.store() && m_session.store()->isUnlocked();
}

QFuture<PasswordChangeOutcome> PasswordChanger::change(const QString& currentPassword, const QString& newPassword)
{
    if (!canChange()) {
        return QtFuture::makeReadyFuture(PasswordChangeOutcome {
            false, {}, tr("Changing your password needs a connection to the server. Try again when online.")});
    }
    auto promise = std::make_shared<QPromise<PasswordChangeOutcome>>();
    promise->start();
    auto finish = [promise](PasswordChangeOutcome outcome) {
        promise->addResult(std::move(outcome));
        promise->finish();
    };
    whenFinished(
        m_session.api()->changePassword(currentPassword, newPassword), this,
        [this, finish, currentPassword, newPassword](const ApiResult<SignIn>& result) {
            if (!result.ok()) {
                const SyncApiError& error = result.error();
                QString message = error.message;
                if (error.field == QLatin1String("current_password")) {
                    message = tr("The current password is wrong.");
                } else if (error.field == QLatin1String("new_password")) {
                    // The server's policy text says what is wrong ("new_password: at least 12 characters").
                    const QString detail = error.message.section(QLatin1String(": "), 1);
                    message = tr("The new password is not accepted: %1").arg(detail.isEmpty() ? error.message : detail);
                } else if (error.isTransient()) {
                    message =
                        tr("The server could not be reached; your password is unchanged. (%1)").arg(error.message);
                }
                finish(PasswordChangeOutcome {false, error.field, message});
                return;
            }
            const SignIn signIn = result.value();
            if (!m_session.store()) {
                m_session.passwordChanged(signIn);
                finish(PasswordChangeOutcome {true, {}, tr("Your password has been changed.")});
                return;
            }
            whenFinished(m_session.store()->changePassword(currentPassword, newPassword), this,
                         [this, finish, signIn](const UnlockOutcome& rewrapped) {
                             m_session.passwordChanged(signIn);
                             if (rewrapped.code != UnlockOutcome::Code::Unlocked) {
                                 finish(PasswordChangeOutcome {
                                     true,
                                     {},
                                     tr("Your password has been changed on the server, but this device's data is "
                                        "still locked with the old one: %1")
                                         .arg(rewrapped.message)});
                                 return;
                             }
                             finish(PasswordChangeOutcome {true, {}, tr("Your password has been changed.")});
                         });
        });
    return promise->future();
}

} // namespace hss::client
