// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QList>

#include "core/admin/AdminDocuments.h"
#include "hss/User.h"

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace hss::client {

class AdminApi;
struct SyncApiError;

/// Creates an account on the server. Stays open with what was typed when the server refuses, its message shown
/// at the field it names; accepted once the server has made the account (created()).
class NewUserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewUserDialog)

public:
    NewUserDialog(AdminApi& api, const QList<AdminRole>& roles, QWidget* parent = nullptr);

    /// The account the server made (valid after accepted).
    const User& created() const { return m_created; }
    void submit();

private:
    void showError(const QString& field, const QString& message);

    AdminApi& m_api;
    QLineEdit* m_userName;
    QLineEdit* m_displayName;
    QLineEdit* m_email;
    QLineEdit* m_teams;
    QLineEdit* m_password;
    QList<QCheckBox*> m_roles;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    User m_created;
};

} // namespace hss::client
