// SPDX-License-Identifier: MIT
#include "UsersPage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "NewUserDialog.h"
#include "ResetPasswordDialog.h"
#include "core/FutureSupport.h"
#include "core/admin/AdminApi.h"
#include "ui/models/AdminUserTableModel.h"

namespace hss::client {

UsersPage::UsersPage(AdminApi& api, QWidget* parent)
    : AdminPage(api, parent)
    , m_users(new AdminUserTableModel(this))
    , m_table(new QTableView(this))
    , m_editor(new QGroupBox(tr("Selected user"), this))
    , m_roleBoxes(new QWidget(m_editor))
    , m_teams(new QLineEdit(m_editor))
    , m_active(new QCheckBox(tr("Account &active (may sign in)"), m_editor))
    , m_saveUser(new QPushButton(tr("&Save user"), m_editor))
    , m_resetPassword(new QPushButton(tr("Reset &password…"), m_editor))
    , m_newUser(new QPushButton(tr("&New user…"), this))
{
    setObjectName(QStringLiteral("adminUsersPage"));
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setAccessibleName(tr("User accounts"));
    m_table->setModel(m_users);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_teams->setObjectName(QStringLiteral("userTeams"));
    m_teams->setAccessibleName(tr("Teams of the selected user, separated by commas"));
    m_active->setObjectName(QStringLiteral("userActive"));
    m_saveUser->setObjectName(QStringLiteral("userSave"));
    m_resetPassword->setObjectName(QStringLiteral("userResetPassword"));
    m_resetPassword->setAccessibleDescription(
        tr("Sets a new password for the selected user, who then signs in again everywhere"));
    m_newUser->setObjectName(QStringLiteral("userNew"));
    m_editor->setObjectName(QStringLiteral("userEditor"));
    auto* roleLayout = new QVBoxLayout(m_roleBoxes);
    roleLayout->setContentsMargins(0, 0, 0, 0);

    auto* form = new QFormLayout(m_editor);
    form->addRow(tr("Roles:"), m_roleBoxes);
    form->addRow(tr("&Teams:"), m_teams);
    form->addRow(QString(), m_active);
    form->addRow(m_saveUser);
    form->addRow(m_resetPassword);
    m_editor->setEnabled(false);

    auto* columns = new QHBoxLayout;
    columns->addWidget(m_table, 3);
    columns->addWidget(m_editor, 1);
    contentLayout()->addLayout(columns, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newUser);
    buttons->addStretch(1);
    contentLayout()->addLayout(buttons);
    setActionsEnabled(false);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &UsersPage::showSelected);
    connect(m_saveUser, &QPushButton::clicked, this, &UsersPage::saveSelected);
    connect(m_resetPassword, &QPushButton::clicked, this, &UsersPage::resetSelectedPassword);
    connect(m_newUser, &QPushButton::clicked, this, &UsersPage::newUser);
}

QString UsersPage::title() const
{
    return tr("Users and roles");
}

void UsersPage::load()
{
    whenFinished(api().listRoles(), this, [this](const ApiResult<QList<AdminRole>>& roles) {
        if (!roles.ok()) {
            failed(roles.error());
            return;
        }
        setRoles(roles.value());
        whenFinished(api().listUsers(), this, [this](const ApiResult<std::vector<User>>& users) {
            if (!users.ok()) {
                failed(users.error());
                return;
            }
            m_users->setUsers(users.value());
            showSelected();
            loaded();
        });
    });
}

void UsersPage::setRoles(const QList<AdminRole>& roles)
{
    m_roles = roles;
    qDeleteAll(m_roleChecks);
    m_roleChecks.clear();
    for (const AdminRole& role : roles) {
        auto* box = new QCheckBox(role.role, m_roleBoxes);
        box->setObjectName(QStringLiteral("userRole_%1").arg(role.role));
        box->setToolTip(role.description);
        box->setAccessibleDescription(role.description);
        box->setProperty("role", role.role);
        m_roleBoxes->layout()->addWidget(box);
        m_roleChecks.append(box);
    }
}

void UsersPage::showSelected()
{
    const int row = m_table->currentIndex().row();
    m_editor->setEnabled(row >= 0 && api().isOnline());
    if (row < 0) {
        return;
    }
    const User& user = m_users->user(row);
    m_editor->setTitle(tr("Selected user: %1").arg(QString::fromStdString(user.username)));
    for (QCheckBox* box : std::as_const(m_roleChecks)) {
        const auto role = roleFromString(box->property("role").toString().toStdString());
        box->setChecked(role && user.hasRole(role.value()));
    }
    QStringList teams;
    for (const std::string& team : user.teams) {
        teams.append(QString::fromStdString(team));
    }
    m_teams->setText(teams.join(QStringLiteral(", ")));
    m_active->setChecked(user.active);
    updateResetPassword();
}

void UsersPage::updateResetPassword()
{
    // The server refuses an admin's reset of their own password: that change asks for the current one.
    const int row = m_table->currentIndex().row();
    const bool own = row >= 0 && m_users->user(row).id == api().signedInUserId();
    m_resetPassword->setEnabled(m_actionsEnabled && row >= 0 && !own);
    m_resetPassword->setToolTip(own ? tr("Your own password is changed in your profile, with the current one.")
                                    : QString());
}

void UsersPage::saveSelected()
{
    const int row = m_table->currentIndex().row();
    if (row < 0) {
        return;
    }
    UserChange change;
    QStringList roles;
    for (const QCheckBox* box : std::as_const(m_roleChecks)) {
        if (box->isChecked()) {
            roles.append(box->property("role").toString());
        }
    }
    if (roles.isEmpty()) {
        setStatus(tr("roles: a user needs at least one role"), true);
        return;
    }
    QStringList teams;
    for (const QString& team : m_teams->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!team.trimmed().isEmpty()) {
            teams.append(team.trimmed());
        }
    }
    change.roles = roles;
    change.teams = teams;
    change.active = m_active->isChecked();
    setStatus(tr("Saving…"), false);
    setActionsEnabled(false);
    const QString id = QString::fromStdString(m_users->user(row).id.toString());
    whenFinished(api().updateUser(id, change), this, [this](const ApiResult<User>& answer) {
        if (!answer.ok()) {
            failed(answer.error());
            return;
        }
        m_users->upsert(answer.value());
        saved(tr("User %1 saved.").arg(QString::fromStdString(answer.value().username)));
    });
}

void UsersPage::newUser()
{
    auto* dialog = new NewUserDialog(api(), m_roles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_users->upsert(dialog->created());
        const int row = m_users->rowOfUserName(QString::fromStdString(dialog->created().username));
        m_table->selectRow(row);
        saved(tr("User %1 created.").arg(QString::fromStdString(dialog->created().username)));
    });
    dialog->open();
}

void UsersPage::resetSelectedPassword()
{
    const int row = m_table->currentIndex().row();
    if (row < 0) {
        return;
    }
    const User& user = m_users->user(row);
    auto* dialog = new ResetPasswordDialog(api(), QString::fromStdString(user.id.toString()),
                                           QString::fromStdString(user.username), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { saved(tr("Password of %1 reset.").arg(dialog->userName())); });
    dialog->open();
}

void UsersPage::setActionsEnabled(bool enabled)
{
    m_newUser->setEnabled(enabled);
    m_saveUser->setEnabled(enabled);
    m_editor->setEnabled(enabled && m_table->currentIndex().isValid());
    m_actionsEnabled = enabled;
    updateResetPassword();
}

} // namespace hss::client
