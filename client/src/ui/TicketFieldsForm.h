// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include "hss/Result.h"
#include "hss/Ticket.h"
#include "hss/sync/TicketPatch.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace hss::client {

class AssigneePicker;
class UserDirectory;

/// The editable fields of one ticket. The status combo offers the current status and only the statuses
/// TicketStateMachine allows from it; patch() turns the edits into a validated TicketPatch of the changed fields.
class TicketFieldsForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketFieldsForm)

public:
    explicit TicketFieldsForm(QWidget* parent = nullptr);

    /// Shows \a ticket as the unmodified state.
    void setTicket(const Ticket& ticket);
    const Ticket& ticket() const { return m_ticket; }
    /// The user "Assign to me" assigns.
    void setCurrentUserId(const Uuid& userId);
    /// The people the assignee picker offers.
    void setDirectory(UserDirectory* directory);

    /// The changed fields, or the first invalid one (field = its JSON name, message for the agent).
    Result<sync::TicketPatch> patch() const;
    bool isModified() const;
    /// Puts the keyboard focus on the control of a field (JSON name), e.g. after a validation error.
    void focusField(const std::string& field);

signals:
    void modifiedChanged(bool modified);

private:
    void fillStatuses(TicketStatus current);
    void emitModified();
    void updateAssigneeScope();

    Ticket m_ticket;
    Uuid m_userId;
    bool m_lastModified = false;
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    QComboBox* m_status;
    QComboBox* m_priority;
    QComboBox* m_category;
    QComboBox* m_channel;
    QLineEdit* m_requesterName;
    QLineEdit* m_requesterEmail;
    AssigneePicker* m_assignee;
    QLineEdit* m_team;
    QLineEdit* m_medicalCase;
    QSpinBox* m_escalation;
};

} // namespace hss::client
