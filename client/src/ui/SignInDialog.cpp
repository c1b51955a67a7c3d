// SPDX-License-Identifier: MIT
#include "SignInDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/FutureSupport.h"
#include "core/Settings.h"

namespace hss::client {

SignInDialog::SignInDialog(ConsoleSession& session, Settings& settings, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_settings(settings)
    , m_server(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_totpLabel(new QLabel(tr("Authenticator &code:"), this))
    , m_totp(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in"));
    setMinimumWidth(460);

    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setText(m_settings.get(Settings::Key::ServerUrl).toString());
    m_server->setAccessibleName(tr("Server address"));
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setText(m_settings.get(Settings::Key::LastUserName).toString());
    m_user->setAccessibleName(tr("User name"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_totp->setObjectName(QStringLiteral("totpEdit"));
    m_totp->setAccessibleName(tr("Authenticator code"));
    m_totp->setInputMethodHints(Qt::ImhDigitsOnly);
    m_totp->setMaxLength(8);
    m_totpLabel->setBuddy(m_totp);
    m_totpLabel->setVisible(false);
    m_totp->setVisible(false);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setVisible(false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signInButton"));

    auto* intro = new QLabel(tr("Sign in with your support account. Without a connection to the server you can "
                                "still work on this device's copy, if you signed in here before."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Se&rver:"), m_server);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_totpLabel, m_totp);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

void SignInDialog::accept()
{
    if (m_busy) {
        return;
    }
    SignInRequest request;
    request.serverUrl = QUrl::fromUserInput(m_server->text().trimmed());
    request.caCertificateFile = m_settings.get(Settings::Key::CaCertificateFile).toString();
    request.userName = m_user->text().trimmed();
    request.password = m_password->text();
    request.totpCode = m_totp->isVisible() ? m_totp->text().trimmed() : QString();
    setBusy(true);
    showMessage(tr("Signing in…"), false);
    whenFinished(m_session.signIn(request), this, [this](const SignInOutcome& outcome) { finished(outcome); });
}

void SignInDialog::finished(const SignInOutcome& outcome)
{
    setBusy(false);
    m_outcome = outcome;
    emit signInFinished(outcome);
    if (outcome.signedIn()) {
        m_settings.set(Settings::Key::ServerUrl, m_server->text().trimmed());
        m_settings.set(Settings::Key::LastUserName, m_user->text().trimmed());
        m_password->clear();
        m_totp->clear();
        showMessage(outcome.message, false);
        QDialog::accept();
        return;
    }
    showMessage(outcome.message, true);
    switch (outcome.code) {
    case SignInOutcome::Code::TotpRequired:
        m_totpLabel->setVisible(true);
        m_totp->setVisible(true);
        m_totp->clear();
        m_totp->setFocus();
        break;
    case SignInOutcome::Code::WrongCredentials:
        m_password->selectAll();
        m_password->setFocus();
        break;
    default:
        break;
    }
}

void SignInDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_server->setEnabled(!busy);
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_totp->setEnabled(!busy);
}

} // namespace hss::client
