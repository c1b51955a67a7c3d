// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include "core/ConsoleSession.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace hss::client {

class Settings;

/// Sign-in: server address and user name (both remembered), password, and the authenticator code once the server
/// asks for it. Stays open with a clear message when sign-in fails; closes once the session is open (online, or
/// offline with this device's copy when the server cannot be reached).
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    SignInDialog(ConsoleSession& session, Settings& settings, QWidget* parent = nullptr);

    /// The outcome of the last attempt (its message is shown in the dialog).
    SignInOutcome lastOutcome() const { return m_outcome; }

    void accept() override;

signals:
    void signInFinished(const hss::client::SignInOutcome& outcome);

private:
    void finished(const SignInOutcome& outcome);
    void showMessage(const QString& text, bool error);
    void setBusy(bool busy);

    ConsoleSession& m_session;
    Settings& m_settings;
    QLineEdit* m_server;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_totpLabel;
    QLineEdit* m_totp;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    SignInOutcome m_outcome;
    bool m_busy = false;
};

} // namespace hss::client
