// SPDX-License-Identifier: MIT
#include "NewTicketDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include "EnumCombo.h"
#include "MessageBox.h"
#include "TicketLabels.h"
#include "TicketTriagePanel.h"
#include "core/FutureSupport.h"
#include "core/TriageAdvisor.h"
#include "hss/Limits.h"
#include "sync/LocalChanges.h"

namespace hss::client {

NewTicketDialog::NewTicketDialog(LocalChanges& changes, QWidget* parent)
    : QDialog(parent)
    , m_changes(changes)
    , m_advisor(new TriageAdvisor(this))
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_requesterName(new QLineEdit(this))
    , m_requesterEmail(new QLineEdit(this))
    , m_priority(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_medicalCase(new QLineEdit(this))
    , m_triage(new TicketTriagePanel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newTicketDialog"));
    setWindowTitle(tr("New ticket"));
    const struct
    {
        QWidget* widget;
        const char* name;
        QString accessible;
    } controls[] = {
        {m_title, "newTitle", tr("Title")},
        {m_description, "newDescription", tr("Description")},
        {m_requesterName, "newRequesterName", tr("Requester name")},
        {m_requesterEmail, "newRequesterEmail", tr("Requester e-mail")},
        {m_priority, "newPriority", tr("Priority")},
        {m_category, "newCategory", tr("Category")},
        {m_channel, "newChannel", tr("Channel")},
        {m_medicalCase, "newMedicalCase", tr("Medical case reference")},
    };
    for (const auto& control : controls) {
        control.widget->setObjectName(QLatin1String(control.name));
        control.widget->setAccessibleName(control.accessible);
    }
    m_title->setMaxLength(static_cast<int>(limits::titleMax));
    m_title->setPlaceholderText(tr("What is the problem? (required)"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What happened, who is affected, since when…"));
    m_requesterName->setMaxLength(static_cast<int>(limits::nameMax));
    m_requesterEmail->setMaxLength(static_cast<int>(limits::emailMax));
    m_requesterEmail->setPlaceholderText(tr("optional, e.g. for phone tickets"));
    m_medicalCase->setMaxLength(static_cast<int>(limits::medicalCaseRefMax));
    m_medicalCase->setPlaceholderText(tr("optional, e.g. MC-2026-00042"));
    m_medicalCase->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._-]*")), m_medicalCase));
    fillEnumCombo(m_priority, allPriorities, &TicketLabels::priority);
    fillEnumCombo(m_category, allCategories, &TicketLabels::category);
    fillEnumCombo(m_channel, allChannels, &TicketLabels::channel);
    m_priority->setCurrentIndex(m_priority->findData(static_cast<int>(Priority::Medium)));
    m_channel->setCurrentIndex(m_channel->findData(static_cast<int>(Channel::Phone)));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create ticket"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("newCreate"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Requester:"), m_requesterName);
    form->addRow(tr("Requester &e-mail:"), m_requesterEmail);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("Medical &case:"), m_medicalCase);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("Cate&gory:"), m_category);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 3);
    layout->addWidget(m_triage, 2);
    layout->addWidget(m_buttons);
    resize(720, 640);

    connect(m_title, &QLineEdit::textChanged, this, &NewTicketDialog::inputChanged);
    connect(m_description, &QPlainTextEdit::textChanged, this, &NewTicketDialog::inputChanged);
    // activated() fires only for the agent's own choice, not for useSuggestion() setting the combo.
    connect(m_priority, &QComboBox::activated, this, [this] { m_priorityChosen = true; });
    connect(m_category, &QComboBox::activated, this, [this] {
        m_categoryChosen = true;
        inputChanged(); // the author's category is a triage input
    });
    connect(m_advisor, &TriageAdvisor::suggestionChanged, this, [this](const triage::TriageResult& suggestion) {
        m_triage->showSuggestion(suggestion);
        if (!m_priorityChosen) {
            m_priority->setCurrentIndex(m_priority->findData(static_cast<int>(suggestion.priority)));
        }
        if (!m_categoryChosen) {
            m_category->setCurrentIndex(m_category->findData(static_cast<int>(suggestion.category)));
        }
    });
    connect(m_advisor, &TriageAdvisor::suggestionCleared, m_triage, &TicketTriagePanel::clear);
    connect(m_triage, &TicketTriagePanel::acceptRequested, this, &NewTicketDialog::useSuggestion);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewTicketDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewTicketDialog::reject);
}

void NewTicketDialog::inputChanged()
{
    m_advisor->setInput(m_title->text(), m_description->toPlainText(),
                        m_categoryChosen ? std::optional<Category>(enumComboValue<Category>(m_category))
                                         : std::nullopt);
}

void NewTicketDialog::useSuggestion()
{
    m_advisor->evaluateNow();
    const auto& suggestion = m_advisor->suggestion();
    if (!suggestion) {
        return;
    }
    m_priority->setCurrentIndex(m_priority->findData(static_cast<int>(suggestion->priority)));
    m_category->setCurrentIndex(m_category->findData(static_cast<int>(suggestion->category)));
    m_priorityChosen = false;
    m_categoryChosen = false;
}

Ticket NewTicketDialog::draft() const
{
    Ticket ticket;
    ticket.title = m_title->text().trimmed().toStdString();
    ticket.description = m_description->toPlainText().toStdString();
    ticket.requesterName = m_requesterName->text().trimmed().toStdString();
    ticket.requesterEmail = m_requesterEmail->text().trimmed().toStdString();
    ticket.priority = enumComboValue<Priority>(m_priority);
    ticket.category = enumComboValue<Category>(m_category);
    ticket.channel = enumComboValue<Channel>(m_channel);
    ticket.status = TicketStatus::New;
    if (const QString medicalCase = m_medicalCase->text().trimmed(); !medicalCase.isEmpty()) {
        ticket.medicalCaseRef = medicalCase.toStdString();
    }
    return ticket;
}

NewTicketDialog::Typed NewTicketDialog::typed() const
{
    Typed typed {draft(), m_priorityChosen, m_categoryChosen};
    // Kept as typed, spaces included: trimming happens when the ticket is stored.
    typed.ticket.title = m_title->text().toStdString();
    typed.ticket.requesterName = m_requesterName->text().toStdString();
    typed.ticket.requesterEmail = m_requesterEmail->text().toStdString();
    return typed;
}

void NewTicketDialog::restore(const Typed& typed)
{
    const Ticket& ticket = typed.ticket;
    m_title->setText(QString::fromStdString(ticket.title));
    m_description->setPlainText(QString::fromStdString(ticket.description));
    m_requesterName->setText(QString::fromStdString(ticket.requesterName));
    m_requesterEmail->setText(QString::fromStdString(ticket.requesterEmail));
    m_channel->setCurrentIndex(m_channel->findData(static_cast<int>(ticket.channel)));
    m_medicalCase->setText(QString::fromStdString(ticket.medicalCaseRef.value_or(std::string())));
    m_priorityChosen = typed.priorityChosen;
    m_categoryChosen = typed.categoryChosen;
    m_priority->setCurrentIndex(m_priority->findData(static_cast<int>(ticket.priority)));
    m_category->setCurrentIndex(m_category->findData(static_cast<int>(ticket.category)));
    inputChanged();
}

bool NewTicketDialog::hasTypedText() const
{
    return !m_title->text().trimmed().isEmpty() || !m_description->toPlainText().trimmed().isEmpty()
        || !m_requesterName->text().trimmed().isEmpty() || !m_requesterEmail->text().trimmed().isEmpty()
        || !m_medicalCase->text().trimmed().isEmpty();
}

void NewTicketDialog::closeQuietly()
{
    m_closingQuietly = true;
    close();
}

void NewTicketDialog::reject()
{
    if (!m_closingQuietly && !m_storing && hasTypedText()) {
        const auto answer = MessageBox::question(this, tr("Discard the new ticket?"),
                                                 tr("The new ticket is not created yet. Discard what you typed?"),
                                                 QMessageBox::Discard | QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            return;
        }
    }
    QDialog::reject();
}

Status NewTicketDialog::check(const Ticket& draft) const
{
    if (draft.title.empty()) {
        return Error {ErrorCode::InvalidArgument, "title", tr("A title is required.").toStdString()};
    }
    if (draft.requesterName.empty()) {
        return Error {ErrorCode::InvalidArgument, "requester_name",
                      tr("Enter who reported the problem (the requester's name).").toStdString()};
    }
    Ticket complete = draft;
    complete.id = Uuid::createV7();
    complete.createdAt = 1; // validate() checks the text fields here; LocalChanges sets the real times
    complete.updatedAt = 1;
    return validate(complete);
}

QWidget* NewTicketDialog::controlFor(const std::string& field) const
{
    if (field == "description")
        return m_description;
    if (field == "requester_name")
        return m_requesterName;
    if (field == "requester_email")
        return m_requesterEmail;
    if (field == "medical_case_ref")
        return m_medicalCase;
    return m_title;
}

void NewTicketDialog::accept()
{
    if (m_storing) {
        return;
    }
    m_advisor->evaluateNow();
    const Ticket ticket = draft();
    if (auto valid = check(ticket); !valid) {
        MessageBox::warning(this, tr("Cannot create the ticket"), QString::fromStdString(valid.error().message));
        controlFor(valid.error().field)->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (ticket.priority == Priority::Emergency) {
        const auto answer = MessageBox::question(
            this, tr("Create an emergency ticket?"),
            tr("This ticket will be marked as a medical emergency and sent before every other change. Create it?"),
            QMessageBox::Yes | QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            return;
        }
    }
    m_storing = true;
    m_buttons->setEnabled(false);
    whenFinished(m_changes.createTicket(ticket), this, [this](Result<Ticket> stored) {
        m_storing = false;
        m_buttons->setEnabled(true);
        if (!stored) {
            MessageBox::warning(this, tr("Cannot create the ticket"), QString::fromStdString(stored.error().message));
            controlFor(stored.error().field)->setFocus(Qt::OtherFocusReason);
            return;
        }
        emit created(stored.value());
        QDialog::accept();
    });
}

} // namespace hss::client
