// SPDX-License-Identifier: MIT
#include "ResetPasswordDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/FutureSupport.h"
#include "core/admin/AdminApi.h"

namespace hss::client {

namespace {

QLabel* errorLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

} // namespace

ResetPasswordDialog::ResetPasswordDialog(AdminApi& api, const QString& userId, const QString& userName, QWidget* parent)
    : QDialog(parent)
    , m_api(api)
    , m_userId(userId)
    , m_userName(userName)
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_passwordError(errorLabel(QStringLiteral("resetPasswordNewError"), this))
    , m_repeatError(errorLabel(QStringLiteral("resetPasswordRepeatError"), this))
    , m_error(errorLabel(QStringLiteral("resetPasswordError"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("Reset password of %1").arg(userName));
    m_password->setObjectName(QStringLiteral("resetPasswordNew"));
    m_password->setAccessibleName(tr("New password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setObjectName(QStringLiteral("resetPasswordRepeat"));
    m_repeat->setAccessibleName(tr("New password, again"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Reset password"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("resetPasswordConfirm"));

    auto* note =
        new QLabel(tr("%1 will have to sign in again on every device, with this password.").arg(userName), this);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&New password:"), m_password);
    form->addRow(QString(), m_passwordError);
    form->addRow(tr("&Again:"), m_repeat);
    form->addRow(QString(), m_repeatError);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ResetPasswordDialog::submit()
{
    clearErrors();
    if (m_password->text().isEmpty()) {
        showError(QStringLiteral("new_password"), tr("type the new password"));
        return;
    }
    if (m_repeat->text() != m_password->text()) {
        showError(QStringLiteral("repeat"), tr("the two passwords differ"));
        return;
    }
    m_buttons->setEnabled(false);
    m_error->setText(tr("Resetting…"));
    m_error->show();
    whenFinished(m_api.resetPassword(m_userId, m_password->text()), this, [this](const ApiResult<bool>& answer) {
        m_buttons->setEnabled(true);
        clearErrors();
        if (!answer.ok()) {
            showError(answer.error().field, answer.error().message);
            return;
        }
        accept();
    });
}

void ResetPasswordDialog::showError(const QString& field, const QString& message)
{
    QLineEdit* edit = field == QLatin1String("new_password") ? m_password
        : field == QLatin1String("repeat")                   ? m_repeat
                                                             : nullptr;
    QLabel* label = edit == m_password ? m_passwordError : edit == m_repeat ? m_repeatError : m_error;
    label->setText(message);
    label->show();
    if (edit != nullptr) {
        // Screen readers announce the description with the field that gets the focus.
        edit->setAccessibleDescription(message);
        edit->setFocus();
    }
}

void ResetPasswordDialog::clearErrors()
{
    for (QLabel* label : {m_passwordError, m_repeatError, m_error}) {
        label->clear();
        label->hide();
    }
    m_password->setAccessibleDescription(QString());
    m_repeat->setAccessibleDescription(QString());
}

} // namespace hss::client
