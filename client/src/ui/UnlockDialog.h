// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hss::client {

class ConsoleSession;

/// The lock screen: the console locked itself after idle time (or on Ctrl+L); the password opens the store again.
/// "Sign out" ends the session instead (result SignOut).
class UnlockDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnlockDialog)

public:
    enum Result { SignOut = QDialog::Accepted + 1 };

    explicit UnlockDialog(ConsoleSession& session, QWidget* parent = nullptr);

    void accept() override;

private:
    ConsoleSession& m_session;
    QLineEdit* m_password;
    QLabel* m_message;
    QPushButton* m_unlock;
    bool m_busy = false;
};

} // namespace hss::client
