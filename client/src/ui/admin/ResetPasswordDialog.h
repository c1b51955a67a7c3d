// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace hss::client {

class AdminApi;

/// An admin sets a new password for another user's account (the user forgot theirs). The password is typed twice,
/// masked; a mismatch is caught here and the server's refusal is shown at the field it names. Accepted once the
/// server has stored the password (it then ends every login of that user).
class ResetPasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResetPasswordDialog)

public:
    ResetPasswordDialog(AdminApi& api, const QString& userId, const QString& userName, QWidget* parent = nullptr);

    QString userName() const { return m_userName; }
    void submit();

private:
    /// Shows \a message under the edit for \a field ("new_password", "repeat") or, for anything else, below both.
    void showError(const QString& field, const QString& message);
    void clearErrors();

    AdminApi& m_api;
    QString m_userId;
    QString m_userName;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_passwordError;
    QLabel* m_repeatError;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace hss::client
