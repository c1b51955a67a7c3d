// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>
#include <functional>

#include "hss/Uuid.h"

class QStackedWidget;
class QSystemTrayIcon;
class QTabWidget;

namespace hss {
class Clock;
}

namespace hss::client {

class AdminDialog;
class ConsoleSession;
class IdleLockPolicy;
class PasswordChangeController;
class ServerConnection;
class Settings;
class SyncStatusWidget;
class TicketQueueService;
class TicketQueueWidget;
class TicketWindows;
class WorkspacePages;

/// Assembles the console's pages, menus and status bar; each feature lives in its own widget class.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Settings* settings, ServerConnection* connection, ConsoleSession* session, const Clock& clock,
               const QString& caCertificateFile, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens the About dialog (modal); for the menu and for tests.
    void showAbout();
    /// Opens the administration dialog (admins only; non-modal, returns at once).
    void showAdministration();
    /// The open administration dialog, or null.
    AdminDialog* adminDialog() const;
    IdleLockPolicy* idleLockPolicy() const { return m_idleLockPolicy; }
    /// Shows the sign-in dialog (window-modal, returns at once); closing it unanswered closes the console.
    void requestSignIn();
    /// Replaces what opening a ticket from the queue does (by default: its editor window).
    void setTicketOpener(std::function<void(const hss::Uuid&)> opener) { m_ticketOpener = std::move(opener); }

    TicketQueueService* queueService() const { return m_queueService; }
    TicketQueueWidget* queueWidget() const { return m_queue; }
    SyncStatusWidget* syncStatusWidget() const { return m_syncStatus; }
    TicketWindows* ticketWindows() const { return m_tickets; }
    /// The tabbed pages shown while signed in (tickets, knowledge base, training, …).
    QTabWidget* workspace() const { return m_workspace; }
    WorkspacePages* workspacePages() const { return m_workspacePages; }
    PasswordChangeController* passwordChange() const { return m_passwordChange; }

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createMenus();
    void sessionStateChanged();
    void showUnlock();
    void openTicket(const hss::Uuid& ticketId);
    void announceEmergency(const QString& title, const QString& text);

    Settings* m_settings;
    ServerConnection* m_connection;
    ConsoleSession* m_session;
    QStackedWidget* m_pages;
    QWidget* m_home;
    QTabWidget* m_workspace;
    WorkspacePages* m_workspacePages = nullptr;
    TicketQueueService* m_queueService;
    TicketQueueWidget* m_queue;
    SyncStatusWidget* m_syncStatus;
    TicketWindows* m_tickets;
    QSystemTrayIcon* m_tray = nullptr;
    IdleLockPolicy* m_idleLockPolicy;
    PasswordChangeController* m_passwordChange = nullptr;
    QMenu* m_adminMenu = nullptr;
    QAction* m_adminAction = nullptr;
    QList<QAction*> m_sessionActions;
    std::function<void(const hss::Uuid&)> m_ticketOpener;
    bool m_unlockShown = false;
    bool m_signInShown = false;
    bool m_closing = false;
};

} // namespace hss::client
