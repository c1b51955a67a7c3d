// SPDX-License-Identifier: MIT
#include "TicketWindows.h"

#include <QWidget>

#include "NewTicketDialog.h"
#include "TicketEditorWidget.h"
#include "core/ConsoleSession.h"
#include "core/TicketEditService.h"
#include "hss/Ticket.h"

namespace hss::client {

TicketWindows::TicketWindows(ConsoleSession& session, const Clock& clock, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_clock(clock)
    , m_window(window)
{
    connect(&m_session, &ConsoleSession::aboutToClose, this, &TicketWindows::closeAll);
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
    auto* dialog = new NewTicketDialog(*m_session.changes(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewTicketDialog::created, this, [this](const Ticket& ticket) { openTicket(ticket.id); });
    connect(&m_session, &ConsoleSession::aboutToClose, dialog, &QWidget::close);
    dialog->open();
}

TicketEditorWidget* TicketWindows::editorFor(const Uuid& ticketId) const
{
    return m_editors.value(QString::fromStdString(ticketId.toString())).data();
}

void TicketWindows::closeAll()
{
    int lost = 0;
    for (const QPointer<TicketEditorWidget>& editor : std::as_const(m_editors)) {
        if (!editor) {
            continue;
        }
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

} // namespace hss::client
