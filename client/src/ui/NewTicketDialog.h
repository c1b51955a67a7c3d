// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include "hss/Result.h"
#include "hss/Ticket.h"

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace hss::client {

class LocalChanges;
class TicketTriagePanel;
class TriageAdvisor;

/// Screen 4: a new ticket. Triage suggests priority and category (and flags emergencies, with reasons) while the
/// agent types; priority and category follow the suggestion until the agent picks them by hand. An emergency
/// needs one confirmation; LocalChanges queues it ahead of everything less severe.
class NewTicketDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewTicketDialog)

public:
    /// What the agent typed and picked, kept while the console is locked and put back afterwards.
    struct Typed
    {
        Ticket ticket;
        bool priorityChosen = false;
        bool categoryChosen = false;
    };

    /// Does not own changes; it must outlive the dialog.
    explicit NewTicketDialog(LocalChanges& changes, QWidget* parent = nullptr);

    TriageAdvisor* advisor() const { return m_advisor; }
    /// The ticket as typed (not validated, not stored).
    Ticket draft() const;
    Typed typed() const;
    void restore(const Typed& typed);
    /// Some text was typed into the form.
    bool hasTypedText() const;
    /// Closes without asking about typed text (the caller kept typed()).
    void closeQuietly();

public slots:
    /// Validates, asks to confirm an emergency, stores; the dialog closes once the store has the ticket.
    void accept() override;
    /// Asks before typed text is thrown away.
    void reject() override;
    /// Sets priority and category to the current suggestion.
    void useSuggestion();

signals:
    void created(const hss::Ticket& ticket);

private:
    void inputChanged();
    /// The first problem with the typed ticket, or success.
    Status check(const Ticket& draft) const;
    QWidget* controlFor(const std::string& field) const;

    LocalChanges& m_changes;
    TriageAdvisor* m_advisor;
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    QLineEdit* m_requesterName;
    QLineEdit* m_requesterEmail;
    QComboBox* m_priority;
    QComboBox* m_category;
    QComboBox* m_channel;
    QLineEdit* m_medicalCase;
    TicketTriagePanel* m_triage;
    QDialogButtonBox* m_buttons;
    bool m_priorityChosen = false; ///< The agent picked the priority by hand: suggestions no longer move it.
    bool m_categoryChosen = false;
    bool m_storing = false;
    bool m_closingQuietly = false;
};

} // namespace hss::client
