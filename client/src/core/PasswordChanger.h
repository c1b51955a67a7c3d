// SPDX-License-Identifier: MIT
#pragma once

#include <QFuture>
#include <QObject>
#include <QString>

namespace hss::client {

class ConsoleSession;

/// How a password change ended, with what to tell the user.
struct PasswordChangeOutcome
{
    bool changed = false;
    /// The field the server named ("current_password", "new_password"), empty when none.
    QString field;
    QString message;
};

/// The signed-in user's own password change: on the server (PUT /api/auth/profile, which ends every login and answers
/// with a new one), then on this device (the store's key is wrapped under the new password, so the next sign-in
/// opens it), then the session goes on (sync starts if it waited for the change).
class PasswordChanger final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordChanger)

public:
    explicit PasswordChanger(ConsoleSession& session, QObject* parent = nullptr);

    /// Whether a change can be sent now (signed in on the server).
    bool canChange() const;
    QFuture<PasswordChangeOutcome> change(const QString& currentPassword, const QString& newPassword);

private:
    ConsoleSession& m_session;
};

} // namespace hss::client
