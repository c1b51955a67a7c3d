// SPDX-License-Identifier: MIT
#include "ChangePasswordDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/FutureSupport.h"
#include "core/PasswordChanger.h"

namespace hss::client {

namespace {

QLineEdit* passwordEdit(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

ChangePasswordDialog::ChangePasswordDialog(PasswordChanger& changer, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_changer(changer)
    , m_current(passwordEdit(this, QStringLiteral("currentPasswordEdit"), tr("Current password")))
    , m_new(passwordEdit(this, QStringLiteral("newPasswordEdit"), tr("New password")))
    , m_repeat(passwordEdit(this, QStringLiteral("repeatPasswordEdit"), tr("Repeat the new password")))
    , m_message(new QLabel(this))
    , m_change(nullptr)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(mode == Mode::Forced ? tr("Choose a new password") : tr("Change password"));
    setMinimumWidth(440);

    auto* layout = new QVBoxLayout(this);
    if (mode == Mode::Forced) {
        auto* intro = new QLabel(tr("An administrator has reset your password. Before you can work, choose a new "
                                    "password that only you know. Enter the temporary password you were given as "
                                    "the current password. Cancelling signs you out."),
                                 this);
        intro->setObjectName(QStringLiteral("forcedPasswordIntro"));
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    auto* form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat new password:"), m_repeat);
    layout->addLayout(form);
    auto* hint = new QLabel(tr("At least 12 characters."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_message->setObjectName(QStringLiteral("changePasswordMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setVisible(false);
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(this);
    m_change = buttons->addButton(tr("C&hange password"), QDialogButtonBox::AcceptRole);
    m_change->setObjectName(QStringLiteral("changePasswordButton"));
    m_change->setDefault(true);
    QPushButton* cancel =
        buttons->addButton(mode == Mode::Forced ? tr("Sign &out") : tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelPasswordButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    layout->addWidget(buttons);
    setTabOrder(m_current, m_new);
    setTabOrder(m_new, m_repeat);
    m_current->setFocus();
}

QString ChangePasswordDialog::message() const
{
    return m_lastMessage;
}

void ChangePasswordDialog::showMessage(const QString& text, QLineEdit* focus)
{
    m_lastMessage = text;
    m_message->setText(text);
    m_message->setVisible(true);
    if (focus) {
        focus->selectAll();
        focus->setFocus();
    }
}

void ChangePasswordDialog::accept()
{
    if (m_busy) {
        return;
    }
    if (m_current->text().isEmpty()) {
        showMessage(tr("Enter your current password."), m_current);
        return;
    }
    if (m_new->text() != m_repeat->text()) {
        showMessage(tr("The two new passwords differ. Type the new password twice the same way."), m_repeat);
        return;
    }
    if (m_new->text() == m_current->text()) {
        showMessage(tr("The new password must differ from the current one."), m_new);
        return;
    }
    m_busy = true;
    m_change->setEnabled(false);
    m_message->setVisible(false);
    whenFinished(m_changer.change(m_current->text(), m_new->text()), this, [this](const PasswordChangeOutcome& result) {
        m_busy = false;
        m_change->setEnabled(true);
        if (result.changed) {
            m_lastMessage = result.message;
            m_current->clear();
            m_new->clear();
            m_repeat->clear();
            QDialog::accept();
            return;
        }
        showMessage(result.message, result.field == QLatin1String("current_password") ? m_current : m_new);
    });
}

} // namespace hss::client
