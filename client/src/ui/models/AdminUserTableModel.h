// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "hss/User.h"

namespace hss::client {

/// The server's accounts for the users page: user name, name, e-mail, roles, teams and whether active.
class AdminUserTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminUserTableModel)

public:
    enum Column { UserName, DisplayName, Email, Roles, Teams, Active, ColumnCount };

    explicit AdminUserTableModel(QObject* parent = nullptr);

    void setUsers(std::vector<User> users);
    /// Replaces the row of \a user (same id) or appends it.
    void upsert(const User& user);
    const User& user(int row) const { return m_users.at(static_cast<std::size_t>(row)); }
    const std::vector<User>& users() const { return m_users; }
    /// The row of the account with this user name, or -1.
    int rowOfUserName(const QString& userName) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<User> m_users;
};

} // namespace hss::client
