// SPDX-License-Identifier: MIT
#include "AssigneeListModel.h"

#include <algorithm>

#include "core/UserDirectory.h"

namespace hss::client {

AssigneeListModel::AssigneeListModel(QObject* parent)
    : QAbstractListModel(parent)
{
    rebuild();
}

void AssigneeListModel::setDirectory(UserDirectory* directory)
{
    if (m_directory) {
        disconnect(m_directory, nullptr, this, nullptr);
    }
    m_directory = directory;
    if (m_directory) {
        connect(m_directory, &UserDirectory::changed, this, &AssigneeListModel::rebuild);
    }
    rebuild();
}

void AssigneeListModel::setScope(const QString& team, bool medical, const std::optional<Uuid>& stored)
{
    if (team == m_team && medical == m_medical && stored == m_stored && !m_entries.empty()) {
        return;
    }
    m_team = team;
    m_medical = medical;
    m_stored = stored;
    rebuild();
}

void AssigneeListModel::rebuild()
{
    beginResetModel();
    m_entries.clear();
    m_entries.push_back(Entry {std::nullopt, tr("Unassigned"), true});
    if (m_directory) {
        for (const DirectoryPerson& person : m_directory->eligible(m_team, m_medical)) {
            m_entries.push_back(Entry {person.id, person.label(), true});
        }
    }
    const bool storedListed =
        std::any_of(m_entries.begin(), m_entries.end(), [this](const Entry& entry) { return entry.id == m_stored; });
    if (m_stored && !storedListed) {
        const auto known = m_directory ? m_directory->find(*m_stored) : std::nullopt;
        const QString name =
            known ? known->label() : tr("Unknown user %1").arg(QString::fromStdString(m_stored->toString()).left(8));
        m_entries.push_back(Entry {m_stored, tr("%1 (cannot be chosen again)").arg(name), false});
    }
    endResetModel();
}

int AssigneeListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant AssigneeListModel::data(const QModelIndex& index, int role) const
{
    // The combo box asks with an invalid index while it has no current row: not an error, just nothing to show.
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Entry& entry = m_entries[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::AccessibleTextRole:
        return entry.label;
    case IdRole:
        return entry.id ? QString::fromStdString(entry.id->toString()) : QString();
    case EligibleRole:
        return entry.eligible;
    default:
        return {};
    }
}

int AssigneeListModel::rowOf(const std::optional<Uuid>& id) const
{
    const auto found =
        std::find_if(m_entries.begin(), m_entries.end(), [&id](const Entry& entry) { return entry.id == id; });
    return found == m_entries.end() ? -1 : static_cast<int>(found - m_entries.begin());
}

std::optional<Uuid> AssigneeListModel::idAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_entries.size())) {
        return std::nullopt;
    }
    return m_entries[static_cast<std::size_t>(row)].id;
}

} // namespace hss::client
