// SPDX-License-Identifier: MIT
#include "TicketFieldsForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>

#include "AssigneePicker.h"
#include "EnumCombo.h"
#include "TicketLabels.h"
#include "hss/Limits.h"
#include "hss/TicketStateMachine.h"

namespace hss::client {

namespace {

template <class Enum>
void selectValue(QComboBox* combo, Enum value)
{
    combo->setCurrentIndex(combo->findData(static_cast<int>(value)));
}

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

TicketFieldsForm::TicketFieldsForm(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_status(new QComboBox(this))
    , m_priority(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_requesterName(new QLineEdit(this))
    , m_requesterEmail(new QLineEdit(this))
    , m_assignee(new AssigneePicker(this))
    , m_team(new QLineEdit(this))
    , m_medicalCase(new QLineEdit(this))
    , m_escalation(new QSpinBox(this))
{
    const struct
    {
        QWidget* widget;
        const char* name;
        QString accessible;
    } controls[] = {
        {m_title, "ticketTitle", tr("Title")},
        {m_description, "ticketDescription", tr("Description")},
        {m_status, "ticketStatus", tr("Status")},
        {m_priority, "ticketPriority", tr("Priority")},
        {m_category, "ticketCategory", tr("Category")},
        {m_channel, "ticketChannel", tr("Channel")},
        {m_requesterName, "ticketRequesterName", tr("Requester name")},
        {m_requesterEmail, "ticketRequesterEmail", tr("Requester e-mail")},
        {m_team, "ticketTeam", tr("Team")},
        {m_medicalCase, "ticketMedicalCase", tr("Medical case reference")},
        {m_escalation, "ticketEscalation", tr("Escalation level")},
    };
    for (const auto& control : controls) {
        control.widget->setObjectName(QLatin1String(control.name));
        control.widget->setAccessibleName(control.accessible);
    }
    m_title->setMaxLength(static_cast<int>(limits::titleMax));
    m_requesterName->setMaxLength(static_cast<int>(limits::nameMax));
    m_requesterEmail->setMaxLength(static_cast<int>(limits::emailMax));
    m_team->setMaxLength(static_cast<int>(limits::teamNameMax));
    m_medicalCase->setMaxLength(static_cast<int>(limits::medicalCaseRefMax));
    m_medicalCase->setPlaceholderText(tr("e.g. MC-2026-00042"));
    m_medicalCase->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._-]*")), m_medicalCase));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(90);
    m_escalation->setRange(0, limits::escalationLevelMax);
    fillEnumCombo(m_priority, allPriorities, &TicketLabels::priority);
    fillEnumCombo(m_category, allCategories, &TicketLabels::category);
    fillEnumCombo(m_channel, allChannels, &TicketLabels::channel);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Stat&us:"), m_status);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("Cate&gory:"), m_category);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("&Requester:"), m_requesterName);
    form->addRow(tr("Re&quester e-mail:"), m_requesterEmail);
    form->addRow(tr("&Assignee:"), m_assignee);
    form->addRow(tr("T&eam:"), m_team);
    form->addRow(tr("Medical &case:"), m_medicalCase);
    form->addRow(tr("Escalation &level:"), m_escalation);

    connect(m_assignee, &AssigneePicker::changed, this, &TicketFieldsForm::emitModified);
    // Who may hold the ticket follows its team and medical flag as they are edited.
    connect(m_team, &QLineEdit::textChanged, this, &TicketFieldsForm::updateAssigneeScope);
    connect(m_medicalCase, &QLineEdit::textChanged, this, &TicketFieldsForm::updateAssigneeScope);
    connect(m_category, &QComboBox::currentIndexChanged, this, &TicketFieldsForm::updateAssigneeScope);
    for (QLineEdit* edit : {m_title, m_requesterName, m_requesterEmail, m_team, m_medicalCase}) {
        connect(edit, &QLineEdit::textChanged, this, &TicketFieldsForm::emitModified);
    }
    connect(m_description, &QPlainTextEdit::textChanged, this, &TicketFieldsForm::emitModified);
    for (QComboBox* combo : {m_status, m_priority, m_category, m_channel}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &TicketFieldsForm::emitModified);
    }
    connect(m_escalation, &QSpinBox::valueChanged, this, &TicketFieldsForm::emitModified);
}

void TicketFieldsForm::setCurrentUserId(const Uuid& userId)
{
    m_userId = userId;
    m_assignee->setCurrentUserId(userId);
}

void TicketFieldsForm::setDirectory(UserDirectory* directory)
{
    m_assignee->setDirectory(directory);
}

void TicketFieldsForm::updateAssigneeScope()
{
    const bool medical =
        enumComboValue<Category>(m_category) == Category::MedicalClinical || !m_medicalCase->text().trimmed().isEmpty();
    m_assignee->setScope(m_team->text().trimmed(), medical);
}

void TicketFieldsForm::fillStatuses(TicketStatus current)
{
    m_status->clear();
    m_status->addItem(TicketLabels::status(current), static_cast<int>(current));
    for (TicketStatus next : TicketStateMachine::allowedTransitions(current)) {
        m_status->addItem(TicketLabels::status(next), static_cast<int>(next));
    }
    m_status->setCurrentIndex(0);
}

void TicketFieldsForm::setTicket(const Ticket& ticket)
{
    m_ticket = ticket;
    const QSignalBlocker blockStatus(m_status);
    m_title->setText(fromStd(ticket.title));
    m_description->setPlainText(fromStd(ticket.description));
    fillStatuses(ticket.status);
    selectValue(m_priority, ticket.priority);
    selectValue(m_category, ticket.category);
    selectValue(m_channel, ticket.channel);
    m_requesterName->setText(fromStd(ticket.requesterName));
    m_requesterEmail->setText(fromStd(ticket.requesterEmail));
    m_team->setText(fromStd(ticket.team));
    m_medicalCase->setText(ticket.medicalCaseRef ? fromStd(*ticket.medicalCaseRef) : QString());
    m_assignee->setTicket(fromStd(ticket.team),
                          ticket.category == Category::MedicalClinical || ticket.medicalCaseRef.has_value(),
                          ticket.assigneeId);
    m_escalation->setValue(ticket.escalationLevel);
    // Closed is final: nothing can be edited any more.
    setEnabled(!TicketStateMachine::isFinal(ticket.status));
    emitModified();
}

Result<sync::TicketPatch> TicketFieldsForm::patch() const
{
    sync::TicketPatch patch;
    const std::string title = m_title->text().trimmed().toStdString();
    if (title.empty()) {
        return Error {ErrorCode::InvalidArgument, "title", tr("A title is required.").toStdString()};
    }
    if (title != m_ticket.title) {
        patch.title = title;
    }
    const std::string description = m_description->toPlainText().toStdString();
    if (description != m_ticket.description) {
        patch.description = description;
    }
    if (const auto status = enumComboValue<TicketStatus>(m_status); status != m_ticket.status) {
        patch.status = status;
    }
    if (const auto priority = enumComboValue<Priority>(m_priority); priority != m_ticket.priority) {
        patch.priority = priority;
    }
    if (const auto category = enumComboValue<Category>(m_category); category != m_ticket.category) {
        patch.category = category;
    }
    if (const auto channel = enumComboValue<Channel>(m_channel); channel != m_ticket.channel) {
        patch.channel = channel;
    }
    if (const std::string name = m_requesterName->text().trimmed().toStdString(); name != m_ticket.requesterName) {
        patch.requesterName = name;
    }
    if (const std::string email = m_requesterEmail->text().trimmed().toStdString(); email != m_ticket.requesterEmail) {
        patch.requesterEmail = email;
    }
    const auto assignee = m_assignee->assignee();
    if (!assignee) {
        return Error {ErrorCode::InvalidArgument, "assignee_id",
                      tr("Choose the assignee from the list, or Unassigned.").toStdString()};
    }
    if (*assignee != m_ticket.assigneeId) {
        patch.assigneeId = *assignee;
    }
    if (const std::string team = m_team->text().trimmed().toStdString(); team != m_ticket.team) {
        patch.team = team;
    }
    const QString caseText = m_medicalCase->text().trimmed();
    const std::optional<std::string> medicalCase =
        caseText.isEmpty() ? std::nullopt : std::optional<std::string>(caseText.toStdString());
    if (medicalCase != m_ticket.medicalCaseRef) {
        patch.medicalCaseRef = medicalCase;
    }
    if (m_escalation->value() != m_ticket.escalationLevel) {
        patch.escalationLevel = m_escalation->value();
    }
    if (auto valid = sync::validate(patch); !valid) {
        return valid.error();
    }
    return patch;
}

bool TicketFieldsForm::isModified() const
{
    const auto current = patch();
    // An invalid edit (e.g. an emptied title) is still an unsaved change.
    return !current || current.value() != sync::TicketPatch {};
}

void TicketFieldsForm::focusField(const std::string& field)
{
    const std::pair<const char*, QWidget*> controls[] = {
        {"title", m_title},
        {"description", m_description},
        {"status", m_status},
        {"priority", m_priority},
        {"category", m_category},
        {"channel", m_channel},
        {"requester_name", m_requesterName},
        {"requester_email", m_requesterEmail},
        {"assignee_id", m_assignee},
        {"team", m_team},
        {"medical_case_ref", m_medicalCase},
        {"escalation_level", m_escalation},
    };
    for (const auto& [name, widget] : controls) {
        if (field == name) {
            widget->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void TicketFieldsForm::emitModified()
{
    const bool modified = isModified();
    if (modified != m_lastModified) {
        m_lastModified = modified;
        emit modifiedChanged(modified);
    }
}

} // namespace hss::client
