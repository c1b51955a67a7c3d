// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

#include "AdminPage.h"
#include "core/admin/AdminDocuments.h"

class QCheckBox;
class QGroupBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace hss::client {

class AdminUserTableModel;

/// Users and roles: the accounts on the server; the selected one's roles, teams and active flag are changed here,
/// its forgotten password is replaced with ResetPasswordDialog, new accounts are made with NewUserDialog.
class UsersPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)

public:
    UsersPage(AdminApi& api, QWidget* parent = nullptr);

    QString title() const override;
    AdminUserTableModel* users() const { return m_users; }
    QTableView* table() const { return m_table; }
    /// Opens the new-user dialog (window-modal, returns at once).
    void newUser();
    /// Sends the selected account's roles, teams and active flag.
    void saveSelected();
    /// Opens the reset-password dialog for the selected account (window-modal, returns at once).
    void resetSelectedPassword();

protected:
    void load() override;
    void setActionsEnabled(bool enabled) override;

private:
    void showSelected();
    /// Enables Reset password for a selected user other than the signed-in admin while the page's actions are on.
    void updateResetPassword();
    void setRoles(const QList<AdminRole>& roles);

    AdminUserTableModel* m_users;
    QTableView* m_table;
    QGroupBox* m_editor;
    QWidget* m_roleBoxes;
    QList<QCheckBox*> m_roleChecks;
    QList<AdminRole> m_roles;
    QLineEdit* m_teams;
    QCheckBox* m_active;
    QPushButton* m_saveUser;
    QPushButton* m_resetPassword;
    QPushButton* m_newUser;
    bool m_actionsEnabled = false;
};

} // namespace hss::client
