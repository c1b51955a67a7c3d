// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>
#include <optional>

#include "hss/Uuid.h"

class QComboBox;
class QPushButton;

namespace hss::client {

class AssigneeListModel;
class UserDirectory;

/// The assignee field of the ticket editor: a searchable combo box (type part of a name or user name) over the
/// people who may hold the ticket, "Unassigned", and "Assign to me".
class AssigneePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssigneePicker)

public:
    explicit AssigneePicker(QWidget* parent = nullptr);

    void setDirectory(UserDirectory* directory);
    void setCurrentUserId(const Uuid& userId);
    /// Shows \a assignee of a ticket of \a team (medical or not) as the current choice.
    void setTicket(const QString& team, bool medical, const std::optional<Uuid>& assignee);
    /// Narrows the choices when the ticket's team or medical flag is edited; keeps the current choice.
    void setScope(const QString& team, bool medical);

    /// The chosen person (std::nullopt inside: "Unassigned"); std::nullopt when the typed text matches nobody.
    std::optional<std::optional<Uuid>> assignee() const;
    QComboBox* comboBox() const { return m_combo; }
    AssigneeListModel* model() const { return m_model; }

signals:
    void changed();

private:
    void select(const std::optional<Uuid>& id);
    void updateAssignToMe();

    AssigneeListModel* m_model;
    QComboBox* m_combo;
    QPushButton* m_assignToMe;
    Uuid m_userId;
    std::optional<Uuid> m_stored;
    std::optional<Uuid> m_beforeReset;
};

} // namespace hss::client
