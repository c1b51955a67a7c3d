// SPDX-License-Identifier: MIT
#include "AdminUserTableModel.h"

#include <QStringList>

namespace hss::client {

AdminUserTableModel::AdminUserTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AdminUserTableModel::setUsers(std::vector<User> users)
{
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

void AdminUserTableModel::upsert(const User& user)
{
    for (std::size_t row = 0; row < m_users.size(); ++row) {
        if (m_users[row].id == user.id) {
            m_users[row] = user;
            const int r = static_cast<int>(row);
            emit dataChanged(index(r, 0), index(r, ColumnCount - 1), {Qt::DisplayRole, Qt::CheckStateRole});
            return;
        }
    }
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_users.push_back(user);
    endInsertRows();
}

int AdminUserTableModel::rowOfUserName(const QString& userName) const
{
    for (std::size_t row = 0; row < m_users.size(); ++row) {
        if (QString::fromStdString(m_users[row].username) == userName) {
            return static_cast<int>(row);
        }
    }
    return -1;
}

int AdminUserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int AdminUserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AdminUserTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const User& account = user(index.row());
    if (role == Qt::CheckStateRole && index.column() == Active) {
        return account.active ? Qt::Checked : Qt::Unchecked;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case UserName:
        return QString::fromStdString(account.username);
    case DisplayName:
        return QString::fromStdString(account.displayName);
    case Email:
        return QString::fromStdString(account.email);
    case Roles: {
        QStringList roles;
        for (const Role held : account.roles) {
            roles.append(QString::fromUtf8(toString(held)));
        }
        return roles.join(QStringLiteral(", "));
    }
    case Teams: {
        QStringList teams;
        for (const std::string& team : account.teams) {
            teams.append(QString::fromStdString(team));
        }
        return teams.join(QStringLiteral(", "));
    }
    case Active:
        return account.active ? tr("Active") : tr("Disabled");
    default:
        return {};
    }
}

QVariant AdminUserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case UserName:
        return tr("User name");
    case DisplayName:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case Roles:
        return tr("Roles");
    case Teams:
        return tr("Teams");
    case Active:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace hss::client
