// SPDX-License-Identifier: MIT
#include "AssigneePicker.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

#include "models/AssigneeListModel.h"

namespace hss::client {

AssigneePicker::AssigneePicker(QWidget* parent)
    : QWidget(parent)
    , m_model(new AssigneeListModel(this))
    , m_combo(new QComboBox(this))
    , m_assignToMe(new QPushButton(tr("Assign to &me"), this))
{
    m_combo->setObjectName(QStringLiteral("ticketAssignee"));
    m_combo->setAccessibleName(tr("Assignee"));
    m_combo->setAccessibleDescription(tr("Type part of a name or user name to find a person"));
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setModel(m_model);
    // Matching anywhere in "Display Name (username)" finds people by either.
    auto* completer = new QCompleter(m_model, m_combo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_combo->setCompleter(completer);
    m_combo->lineEdit()->setPlaceholderText(tr("Unassigned"));
    m_assignToMe->setObjectName(QStringLiteral("ticketAssignToMe"));
    m_assignToMe->setAccessibleName(tr("Assign to me"));
    setFocusProxy(m_combo);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_assignToMe);

    connect(m_combo, &QComboBox::currentIndexChanged, this, &AssigneePicker::changed);
    connect(m_combo, &QComboBox::editTextChanged, this, &AssigneePicker::changed);
    connect(m_assignToMe, &QPushButton::clicked, this, [this] { select(m_userId); });
    // A reload of the directory (or a narrower scope) keeps what was chosen.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_beforeReset = assignee().value_or(m_stored); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        select(m_beforeReset);
        updateAssignToMe();
    });
    updateAssignToMe();
}

void AssigneePicker::setDirectory(UserDirectory* directory)
{
    m_model->setDirectory(directory);
}

void AssigneePicker::setCurrentUserId(const Uuid& userId)
{
    m_userId = userId;
    updateAssignToMe();
}

void AssigneePicker::setTicket(const QString& team, bool medical, const std::optional<Uuid>& assignee)
{
    m_stored = assignee;
    m_model->setScope(team, medical, assignee);
    select(assignee);
}

void AssigneePicker::setScope(const QString& team, bool medical)
{
    m_model->setScope(team, medical, m_stored);
}

std::optional<std::optional<Uuid>> AssigneePicker::assignee() const
{
    const QString text = m_combo->currentText().trimmed();
    if (text.isEmpty()) {
        return std::optional<Uuid>();
    }
    const int row = m_combo->currentIndex();
    if (row >= 0 && m_model->index(row).data().toString() == text) {
        return m_model->idAt(row);
    }
    for (int candidate = 0; candidate < m_model->rowCount(); ++candidate) {
        if (m_model->index(candidate).data().toString().compare(text, Qt::CaseInsensitive) == 0) {
            return m_model->idAt(candidate);
        }
    }
    return std::nullopt;
}

void AssigneePicker::select(const std::optional<Uuid>& id)
{
    const int row = m_model->rowOf(id);
    m_combo->setCurrentIndex(row >= 0 ? row : 0);
    m_combo->setEditText(m_combo->itemText(m_combo->currentIndex()));
}

void AssigneePicker::updateAssignToMe()
{
    m_assignToMe->setEnabled(
        !m_userId.isNil() && m_model->rowOf(m_userId) >= 0
        && m_model->index(m_model->rowOf(m_userId)).data(AssigneeListModel::EligibleRole).toBool());
}

} // namespace hss::client
