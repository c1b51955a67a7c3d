// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hss::client {

class PasswordChanger;

/// The user's own password change: current password, new password, the new one again. In its forced form (after
/// an admin's reset) it explains why and cannot be skipped: cancelling rejects, and the caller signs out.
class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePasswordDialog)

public:
    enum class Mode { Voluntary, Forced };

    ChangePasswordDialog(PasswordChanger& changer, Mode mode, QWidget* parent = nullptr);

    /// The last message shown (an error, or the success text), for the status bar and tests.
    QString message() const;

public slots:
    void accept() override;

private:
    void showMessage(const QString& text, QLineEdit* focus);

    PasswordChanger& m_changer;
    QLineEdit* m_current;
    QLineEdit* m_new;
    QLineEdit* m_repeat;
    QLabel* m_message;
    QPushButton* m_change;
    QString m_lastMessage;
    bool m_busy = false;
};

} // namespace hss::client
