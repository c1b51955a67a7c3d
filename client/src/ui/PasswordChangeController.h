// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QWidget;

namespace hss::client {

class ChangePasswordDialog;
class ConsoleSession;
class PasswordChanger;

/// Shows ChangePasswordDialog: on request (the "Change password…" menu entry) and, in its forced form, as soon as the
/// session reports that the server wants a new password first. Refusing the forced change signs out.
class PasswordChangeController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordChangeController)

public:
    PasswordChangeController(ConsoleSession& session, QWidget* window);

    /// Opens the voluntary dialog (window-modal, returns at once); tells the user when offline instead.
    void showChangePassword();
    /// The open dialog, or null (for tests).
    ChangePasswordDialog* dialog() const;

signals:
    /// A change went through; \a message is for the status bar.
    void passwordChanged(const QString& message);

private:
    void open(bool forced);

    ConsoleSession& m_session;
    QWidget* m_window;
    PasswordChanger* m_changer;
};

} // namespace hss::client
