// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include "hss/CommentVisibility.h"
#include "hss/Ticket.h"
#include "hss/Uuid.h"

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace hss {
class Clock;
}

namespace hss::client {

class LocalChanges;
class SlaClocksWidget;
class StoreWorker;
class TicketCommentsPanel;
class TicketConflictsWidget;
class TicketEditService;
class TicketFieldsForm;
class UserDirectory;
struct TicketConflict;
struct TicketDetails;

/// Screen 3: one ticket with all its fields, comments, SLA clocks, history, sync conflicts and suggested KB
/// articles. Ctrl+S saves, Ctrl+Return adds the comment being typed; closing with unsaved changes asks first.
class TicketEditorWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketEditorWidget)

public:
    /// Owns none of worker, changes and clock; they must outlive the editor.
    TicketEditorWidget(StoreWorker& worker, LocalChanges& changes, const Clock& clock, QWidget* parent = nullptr);

    /// Loads and shows the ticket (unsaved edits of the previous one are dropped: call confirmClose() first).
    void openTicket(const Uuid& ticketId);
    /// The people the assignee picker offers.
    void setDirectory(UserDirectory* directory);
    Uuid ticketId() const;
    /// Connect sync notifications (SyncEngine::pageApplied) to service()->ticketsChanged().
    TicketEditService* service() const { return m_service; }
    /// The comment list and the comment being typed.
    TicketCommentsPanel* comments() const { return m_comments; }
    bool isModified() const;
    /// Asks what to do with unsaved changes (Save / Discard / Cancel); true when the editor may close now.
    bool confirmClose();
    /// The store is about to close (lock, sign-out): queues valid unsaved edits without asking, so the agent's
    /// work reaches the store and the outbox before it closes. False when the edits were not valid (kept nowhere).
    bool saveBeforeStoreCloses();

public slots:
    void save();
    void revert();

signals:
    void ticketLoaded(const hss::Ticket& ticket);
    void saved(const hss::Ticket& ticket);
    void modifiedChanged(bool modified);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void showDetails(const TicketDetails& details);
    void addComment(const QString& body, CommentVisibility visibility);
    void resolveConflict(const TicketConflict& conflict, bool useOtherValue);
    void updateHeader(const Ticket& ticket);
    QWidget* makeSidePanes();

    LocalChanges& m_changes;
    TicketEditService* m_service;
    QLabel* m_header;
    QLabel* m_syncNote;
    TicketFieldsForm* m_fields;
    SlaClocksWidget* m_sla;
    TicketConflictsWidget* m_conflicts;
    TicketCommentsPanel* m_comments;
    QTabWidget* m_tabs;
    QListWidget* m_history;
    QListWidget* m_articles;
    QPushButton* m_save;
    QPushButton* m_revert;
    bool m_closeAfterSave = false;
};

} // namespace hss::client
