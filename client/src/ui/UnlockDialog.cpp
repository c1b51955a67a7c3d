// SPDX-License-Identifier: MIT
#include "UnlockDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/ConsoleSession.h"
#include "core/FutureSupport.h"

namespace hss::client {

UnlockDialog::UnlockDialog(ConsoleSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_unlock(nullptr)
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Console locked"));
    setMinimumWidth(420);
    auto* intro = new QLabel(
        tr("The console is locked and this device's data is closed. Enter the password of %1 "
           "to continue.")
            .arg(QString::fromStdString(m_session.user().displayName.empty() ? m_session.user().username
                                                                             : m_session.user().displayName)),
        this);
    intro->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("unlockPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_message->setObjectName(QStringLiteral("unlockMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setVisible(false);

    auto* buttons = new QDialogButtonBox(this);
    m_unlock = buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    QPushButton* signOut = buttons->addButton(tr("Sign &out"), QDialogButtonBox::DestructiveRole);
    signOut->setObjectName(QStringLiteral("signOutButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::accept);
    connect(signOut, &QPushButton::clicked, this, [this] { done(SignOut); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_password);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    m_password->setFocus();
}

void UnlockDialog::accept()
{
    if (m_busy || m_password->text().isEmpty()) {
        return;
    }
    m_busy = true;
    m_unlock->setEnabled(false);
    m_message->setVisible(false);
    whenFinished(m_session.unlock(m_password->text()), this, [this](const UnlockOutcome& outcome) {
        m_busy = false;
        m_unlock->setEnabled(true);
        if (outcome.code == UnlockOutcome::Code::Unlocked) {
            m_password->clear();
            QDialog::accept();
            return;
        }
        m_message->setText(outcome.message);
        m_message->setVisible(true);
        m_password->selectAll();
        m_password->setFocus();
    });
}

} // namespace hss::client
