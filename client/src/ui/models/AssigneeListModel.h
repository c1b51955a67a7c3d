// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <optional>
#include <vector>

#include "hss/Uuid.h"

namespace hss::client {

class UserDirectory;

/// The choices of the assignee picker for one ticket: "Unassigned", then the people of the user directory who may
/// hold it (its team; the medical role for a medical ticket), and the stored assignee even when they are no longer
/// among them (e.g. disabled since), so the ticket still shows who holds it. Follows the directory's changes.
class AssigneeListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssigneeListModel)

public:
    enum Role { IdRole = Qt::UserRole, EligibleRole };

    explicit AssigneeListModel(QObject* parent = nullptr);

    void setDirectory(UserDirectory* directory);
    /// The ticket the choices are for: its team (empty: any), whether it is medical, who holds it now.
    void setScope(const QString& team, bool medical, const std::optional<Uuid>& stored);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    /// The row of \a id (std::nullopt: "Unassigned"), or -1.
    int rowOf(const std::optional<Uuid>& id) const;
    /// The person of \a row; std::nullopt for "Unassigned" (and for a row out of range).
    std::optional<Uuid> idAt(int row) const;

private:
    struct Entry
    {
        std::optional<Uuid> id;
        QString label;
        bool eligible = true;
    };
    void rebuild();

    QPointer<UserDirectory> m_directory;
    QString m_team;
    bool m_medical = false;
    std::optional<Uuid> m_stored;
    std::vector<Entry> m_entries;
};

} // namespace hss::client
