// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <optional>
#include <vector>

#include "NewTicketDialog.h"
#include "hss/Comment.h"
#include "hss/Uuid.h"

class QWidget;

namespace hss {
class Clock;
struct Ticket;
} // namespace hss

namespace hss::client {

class ConsoleSession;
class TicketEditorWidget;
class UserDirectory;

/// The ticket editors and the new-ticket dialog of a signed-in session: one editor window per ticket (opening it
/// again raises it), reloaded when sync or the agent changes the store, and closed before the store closes (lock,
/// sign-out), with valid unsaved edits saved first. What cannot be stored yet (the comment being typed, a new ticket
/// not yet created) is kept in memory, never on disk, and the same windows open again with it when the same user
/// opens the store again (unlock or sign-in); another user's sign-in drops it.
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
    /// The people the editors' assignee pickers offer (kept in the store, refreshed from the server).
    UserDirectory* directory() const { return m_directory; }

signals:
    /// Something for the status bar (e.g. unsaved edits that could not be kept when the store closed).
    void message(const QString& text);

private:
    struct KeptEditor
    {
        Uuid ticketId;
        QString comment;
        CommentVisibility visibility = CommentVisibility::InternalNote;
    };

    void closeAll();
    void reopenKept();

    ConsoleSession& m_session;
    const Clock& m_clock;
    QWidget* m_window;
    UserDirectory* m_directory;
    QHash<QString, QPointer<TicketEditorWidget>> m_editors;
    QPointer<NewTicketDialog> m_newTicket;
    Uuid m_keptForUser;
    std::vector<KeptEditor> m_keptEditors;
    std::optional<NewTicketDialog::Typed> m_keptNewTicket;
};

} // namespace hss::client
