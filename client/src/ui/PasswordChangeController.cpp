// SPDX-License-Identifier: MIT
#include "PasswordChangeController.h"

#include <QWidget>

#include "ChangePasswordDialog.h"
#include "MessageBox.h"
#include "core/ConsoleSession.h"
#include "core/PasswordChanger.h"

namespace hss::client {

PasswordChangeController::PasswordChangeController(ConsoleSession& session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_changer(new PasswordChanger(session, this))
{
    // Queued: the sign-in dialog finishes first, so the forced dialog is the one left on top.
    connect(
        &m_session, &ConsoleSession::passwordChangeRequested, this, [this] { open(true); }, Qt::QueuedConnection);
}

ChangePasswordDialog* PasswordChangeController::dialog() const
{
    return m_window->findChild<ChangePasswordDialog*>(QString(), Qt::FindDirectChildrenOnly);
}

void PasswordChangeController::showChangePassword()
{
    if (!m_changer->canChange()) {
        MessageBox::information(m_window, tr("Change password"),
                                tr("Changing your password needs a connection to the server. Try again when "
                                   "online."));
        return;
    }
    open(false);
}

void PasswordChangeController::open(bool forced)
{
    if (forced && !m_session.passwordChangeRequired()) {
        return; // signed out or changed in the meantime
    }
    if (ChangePasswordDialog* open = dialog()) {
        open->raise();
        return;
    }
    auto* dialog = new ChangePasswordDialog(
        *m_changer, forced ? ChangePasswordDialog::Mode::Forced : ChangePasswordDialog::Mode::Voluntary, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, forced](int result) {
        if (result == QDialog::Accepted) {
            emit passwordChanged(dialog->message());
        } else if (forced && m_session.passwordChangeRequired()) {
            m_session.signOut();
        }
    });
    dialog->open();
}

} // namespace hss::client
