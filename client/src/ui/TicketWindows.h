// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include "hss/Uuid.h"

class QWidget;

namespace hss {
class Clock;
struct Ticket;
} // namespace hss

namespace hss::client {

class ConsoleSession;
class TicketEditorWidget;

/// The ticket editors and the new-ticket dialog of a signed-in session: one editor window per ticket (opening it
/// again raises it), reloaded when sync or the agent changes the store, and closed before the store closes (lock,
/// sign-out), with valid unsaved edits saved first.
class TicketWindows final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketWindows)

public:
    /// \a window parents the editors and the dialog (they close with it).
    TicketWindows(ConsoleSession& session, const Clock& clock, QWidget* window);

    /// Opens (or raises) the editor of \a ticketId; nothing while the store is closed.
    void openTicket(const hss::Uuid& ticketId);
    /// Opens the new-ticket dialog; the created ticket opens in its editor.
    void newTicket();

    /// The editor of \a ticketId, if open (for tests).
    TicketEditorWidget* editorFor(const hss::Uuid& ticketId) const;

signals:
    /// Something for the status bar (e.g. unsaved edits that could not be kept when the store closed).
    void message(const QString& text);

private:
    void closeAll();

    ConsoleSession& m_session;
    const Clock& m_clock;
    QWidget* m_window;
    QHash<QString, QPointer<TicketEditorWidget>> m_editors;
};

} // namespace hss::client
