// SPDX-License-Identifier: MIT
#include "TicketWindows.h"

#include <QWidget>
#include <utility>

#include "NewTicketDialog.h"
#include "TicketCommentsPanel.h"
#include "TicketEditorWidget.h"
#include "core/ConsoleSession.h"
#include "core/TicketEditService.h"
#include "core/UserDirectory.h"
#include "hss/Ticket.h"

namespace hss::client {

TicketWindows::TicketWindows(ConsoleSession& session, const Clock& clock, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_clock(clock)
    , m_window(window)
    , m_directory(new UserDirectory(session, clock, this))
{
    connect(&m_session, &ConsoleSession::aboutToClose, this, &TicketWindows::closeAll);
    connect(&m_session, &ConsoleSession::opened, this, &TicketWindows::reopenKept);
}

void TicketWindows::openTicket(const Uuid& ticketId)
{
    if (TicketEditorWidget* open = editorFor(ticketId)) {
        open->showNormal();
        open->raise();
        open->activateWindow();
        return;
    }
    if (!m_session.worker() || !m_session.changes()) {
        return;
    }
    // A window of its own (parented, so it closes with the console): agents keep several tickets open beside the
    // queue.
    auto* editor = new TicketEditorWidget(*m_session.worker(), *m_session.changes(), m_clock, m_window);
    editor->setWindowFlag(Qt::Window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->resize(1100, 760);
    editor->setDirectory(m_directory);
    connect(&m_session, &ConsoleSession::storeChanged, editor->service(), &TicketEditService::ticketsChanged);
    m_editors.insert(QString::fromStdString(ticketId.toString()), editor);
    editor->openTicket(ticketId);
    editor->show();
}

void TicketWindows::newTicket()
{
    if (!m_session.changes()) {
        return;
    }
    if (m_newTicket) {
        m_newTicket->raise();
        m_newTicket->activateWindow();
        return;
    }
    auto* dialog = new NewTicketDialog(*m_session.changes(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewTicketDialog::created, this, [this](const Ticket& ticket) { openTicket(ticket.id); });
    m_newTicket = dialog;
    dialog->open();
}

TicketEditorWidget* TicketWindows::editorFor(const Uuid& ticketId) const
{
    return m_editors.value(QString::fromStdString(ticketId.toString())).data();
}

void TicketWindows::closeAll()
{
    m_keptForUser = m_session.user().id;
    m_keptEditors.clear();
    m_keptNewTicket.reset();
    if (m_newTicket) {
        if (m_newTicket->hasTypedText()) {
            m_keptNewTicket = m_newTicket->typed();
        }
        m_newTicket->closeQuietly();
    }
    int lost = 0;
    for (const QPointer<TicketEditorWidget>& open : std::as_const(m_editors)) {
        TicketEditorWidget* editor = open.data();
        if (!editor) {
            continue;
        }
        const TicketCommentsPanel& comments = *editor->comments();
        m_keptEditors.push_back({editor->ticketId(), comments.draft(), comments.draftVisibility()});
        if (!editor->saveBeforeStoreCloses()) {
            ++lost;
        }
        // Deleted, not closed: closing would ask about unsaved edits while the store is going away.
        editor->hide();
        editor->deleteLater();
    }
    m_editors.clear();
    if (lost > 0) {
        emit message(
            tr("%n ticket edit(s) could not be saved before the console locked: they were not valid.", "", lost));
    }
}

void TicketWindows::reopenKept()
{
    const bool sameUser = m_session.user().id == m_keptForUser;
    const std::vector<KeptEditor> editors = std::exchange(m_keptEditors, {});
    const std::optional<NewTicketDialog::Typed> typedTicket = std::exchange(m_keptNewTicket, std::nullopt);
    if (!sameUser) {
        return; // another person's unfinished work is not shown to this one
    }
    for (const KeptEditor& kept : editors) {
        openTicket(kept.ticketId);
        if (TicketEditorWidget* editor = editorFor(kept.ticketId); editor && !kept.comment.isEmpty()) {
            editor->comments()->setDraft(kept.comment, kept.visibility);
        }
    }
    if (typedTicket) {
        newTicket();
        if (m_newTicket) {
            m_newTicket->restore(*typedTicket);
        }
    }
}

} // namespace hss::client
