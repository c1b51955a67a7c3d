// SPDX-License-Identifier: MIT
#include "NewUserDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/FutureSupport.h"
#include "core/admin/AdminApi.h"

namespace hss::client {

NewUserDialog::NewUserDialog(AdminApi& api, const QList<AdminRole>& roles, QWidget* parent)
    : QDialog(parent)
    , m_api(api)
    , m_userName(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_teams(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newUserDialog"));
    setWindowTitle(tr("New user"));
    const QList<std::pair<QLineEdit*, QString>> edits {{m_userName, QStringLiteral("username")},
                                                       {m_displayName, QStringLiteral("display_name")},
                                                       {m_email, QStringLiteral("email")},
                                                       {m_teams, QStringLiteral("teams")},
                                                       {m_password, QStringLiteral("password")}};
    for (const auto& [edit, name] : edits) {
        edit->setObjectName(QStringLiteral("newUser_%1").arg(name));
    }
    m_userName->setAccessibleName(tr("User name"));
    m_userName->setPlaceholderText(tr("lower case letters, digits, . _ -"));
    m_displayName->setAccessibleName(tr("Full name"));
    m_email->setAccessibleName(tr("E-mail address"));
    m_teams->setAccessibleName(tr("Teams, separated by commas"));
    m_password->setAccessibleName(tr("Initial password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("newUserError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("newUserCreate"));

    auto* rolesBox = new QWidget(this);
    auto* rolesLayout = new QVBoxLayout(rolesBox);
    rolesLayout->setContentsMargins(0, 0, 0, 0);
    for (const AdminRole& role : roles) {
        if (role.role == QLatin1String("admin")) {
            continue; // the server makes admins only with `hss-server create-admin` (they need a TOTP factor)
        }
        auto* box = new QCheckBox(role.role, rolesBox);
        box->setObjectName(QStringLiteral("newUserRole_%1").arg(role.role));
        box->setToolTip(role.description);
        box->setAccessibleDescription(role.description);
        box->setProperty("role", role.role);
        rolesLayout->addWidget(box);
        m_roles.append(box);
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&Name:"), m_displayName);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Roles:"), rolesBox);
    form->addRow(tr("&Teams:"), m_teams);
    form->addRow(tr("Initial &password:"), m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewUserDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void NewUserDialog::submit()
{
    NewUser user;
    user.username = m_userName->text().trimmed();
    user.displayName = m_displayName->text().trimmed();
    user.email = m_email->text().trimmed();
    user.password = m_password->text();
    for (const QString& team : m_teams->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!team.trimmed().isEmpty()) {
            user.teams.append(team.trimmed());
        }
    }
    for (const QCheckBox* box : std::as_const(m_roles)) {
        if (box->isChecked()) {
            user.roles.append(box->property("role").toString());
        }
    }
    if (!isValidUsername(user.username.toStdString())) {
        showError(QStringLiteral("username"), tr("use 3 or more lower case letters, digits, '.', '_' or '-'"));
        return;
    }
    if (user.roles.isEmpty()) {
        showError(QStringLiteral("roles"), tr("choose at least one role"));
        return;
    }
    m_buttons->setEnabled(false);
    m_error->setText(tr("Creating…"));
    m_error->show();
    whenFinished(m_api.createUser(user), this, [this](const ApiResult<User>& answer) {
        m_buttons->setEnabled(true);
        if (!answer.ok()) {
            showError(answer.error().field, answer.error().message);
            return;
        }
        m_created = answer.value();
        accept();
    });
}

void NewUserDialog::showError(const QString& field, const QString& message)
{
    const QString name = field.section(QLatin1Char('['), 0, 0);
    QWidget* target = findChild<QLineEdit*>(QStringLiteral("newUser_%1").arg(name));
    if (target == nullptr && name == QLatin1String("roles") && !m_roles.isEmpty()) {
        target = m_roles.first();
    }
    if (target != nullptr) {
        target->setFocus();
    }
    m_error->setText(message);
    m_error->show();
}

} // namespace hss::client
