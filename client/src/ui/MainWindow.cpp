// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>

#include "AboutDialog.h"
#include "ConnectionStatusLabel.h"
#include "HomePage.h"
#include "LanguageMenu.h"
#include "MessageBox.h"
#include "PasswordChangeController.h"
#include "SignInDialog.h"
#include "SyncStatusWidget.h"
#include "TicketQueueWidget.h"
#include "TicketWindows.h"
#include "UnlockDialog.h"
#include "WorkspacePages.h"
#include "admin/AdminDialog.h"
#include "core/ConsoleSession.h"
#include "core/IdleLock.h"
#include "core/ServerConnection.h"
#include "core/Settings.h"
#include "core/TicketQueueService.h"
#include "core/admin/IdleLockPolicy.h"
#include "dashboard/SystemHealthWidget.h"

namespace hss::client {

MainWindow::MainWindow(Settings* settings, ServerConnection* connection, ConsoleSession* session, const Clock& clock,
                       const QString& caCertificateFile, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_connection(connection)
    , m_session(session)
    , m_pages(new QStackedWidget(this))
    , m_home(new HomePage(connection, caCertificateFile, this))
    , m_workspace(new QTabWidget(this))
    , m_queueService(new TicketQueueService(*session, this))
    , m_queue(new TicketQueueWidget(*m_queueService, clock, this))
    , m_syncStatus(new SyncStatusWidget(this))
    , m_tickets(new TicketWindows(*session, clock, this))
    , m_idleLockPolicy(new IdleLockPolicy(*session, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QApplication::applicationDisplayName());
    setWindowIcon(QApplication::windowIcon());
    m_workspace->setObjectName(QStringLiteral("workspace"));
    m_workspace->setDocumentMode(true);
    m_workspace->setAccessibleName(tr("Workspace pages"));
    m_workspace->addTab(m_queue, tr("Tickets"));
    m_workspace->addTab(new SystemHealthWidget(*connection, *session, clock, m_workspace), tr("System health"));
    m_pages->addWidget(m_home);
    m_pages->addWidget(m_workspace);
    m_workspacePages = new WorkspacePages(*session, clock, *m_workspace, this);
    setCentralWidget(m_pages);
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->addPermanentWidget(new ConnectionStatusLabel(connection, this));
    m_passwordChange = new PasswordChangeController(*session, this);
    connect(m_passwordChange, &PasswordChangeController::passwordChanged, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
    createMenus();

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        m_tray->show();
    }
    connect(m_session, &ConsoleSession::stateChanged, this, &MainWindow::sessionStateChanged);
    connect(m_session, &ConsoleSession::syncStatusChanged, m_syncStatus, &SyncStatusWidget::setStatus);
    connect(m_session, &ConsoleSession::notice, this, [this](const QString& text) {
        statusBar()->showMessage(text, 30000);
        MessageBox::warning(this, tr("Sync"), text);
    });
    connect(m_queue, &TicketQueueWidget::ticketActivated, this, &MainWindow::openTicket);
    connect(m_tickets, &TicketWindows::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 60000); });
    connect(m_queue, &TicketQueueWidget::emergencyAnnounced, this, &MainWindow::announceEmergency);
    connect(m_workspacePages, &WorkspacePages::notice, this,
            [this](const QString& text) { statusBar()->showMessage(text, 60000); });
    // Any key or click anywhere in the console counts as activity for the idle lock.
    qApp->installEventFilter(this);
    sessionStateChanged();

    if (!restoreGeometry(m_settings->get(Settings::Key::MainWindowGeometry).toByteArray())) {
        const QSize preferred(1280, 800);
        const QScreen* screen = QGuiApplication::primaryScreen();
        resize(screen ? preferred.boundedTo(screen->availableGeometry().size()) : preferred);
    }
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

void MainWindow::showAbout()
{
    const QString server = m_connection->serverUrl().isValid() ? m_connection->serverUrl().toString() : tr("none");
    AboutDialog dialog(server, this);
    dialog.exec();
}

void MainWindow::showAdministration()
{
    if (!m_session->user().hasRole(Role::Admin)) {
        return;
    }
    if (AdminDialog* open = adminDialog()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new AdminDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AdminDialog::idleLockMinutesSaved, m_idleLockPolicy, &IdleLockPolicy::apply);
    dialog->show();
}

AdminDialog* MainWindow::adminDialog() const
{
    return findChild<AdminDialog*>(QString(), Qt::FindDirectChildrenOnly);
}

void MainWindow::requestSignIn()
{
    if (m_signInShown) {
        return;
    }
    m_signInShown = true;
    auto* dialog = new SignInDialog(*m_session, *m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        m_signInShown = false;
        if (result == QDialog::Accepted) {
            statusBar()->showMessage(dialog->lastOutcome().message, 15000);
        } else if (m_session->state() == ConsoleSession::State::SignedOut) {
            close();
        }
    });
    dialog->open();
}

void MainWindow::showUnlock()
{
    if (m_unlockShown) {
        return;
    }
    m_unlockShown = true;
    auto* dialog = new UnlockDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this](int result) {
        m_unlockShown = false;
        if (result != QDialog::Accepted && m_session->state() == ConsoleSession::State::Locked) {
            m_session->signOut();
        }
    });
    dialog->open();
}

void MainWindow::sessionStateChanged()
{
    const ConsoleSession::State state = m_session->state();
    const bool open = state == ConsoleSession::State::Online || state == ConsoleSession::State::Offline;
    m_pages->setCurrentWidget(open ? m_workspace : m_home);
    for (QAction* action : std::as_const(m_sessionActions)) {
        action->setEnabled(open);
    }
    // Only admins see the administration menu; the server checks the role on every call anyway.
    const bool admin = open && m_session->user().hasRole(Role::Admin);
    m_adminMenu->menuAction()->setVisible(admin);
    m_adminAction->setEnabled(admin);
    if (open) {
        const User& user = m_session->user();
        setWindowTitle(
            tr("%1 — %2").arg(QApplication::applicationDisplayName(),
                              QString::fromStdString(user.displayName.empty() ? user.username : user.displayName)));
    } else {
        setWindowTitle(QApplication::applicationDisplayName());
    }
    if (state == ConsoleSession::State::Locked) {
        showUnlock();
    } else if (state == ConsoleSession::State::SignedOut && isVisible() && !m_closing) {
        requestSignIn();
    }
}

void MainWindow::openTicket(const Uuid& ticketId)
{
    if (m_ticketOpener) {
        m_ticketOpener(ticketId);
    } else {
        m_tickets->openTicket(ticketId);
    }
}

void MainWindow::announceEmergency(const QString& title, const QString& text)
{
    if (m_tray && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(title, text, QSystemTrayIcon::Critical, 15000);
    }
    QApplication::alert(this);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings->set(Settings::Key::MainWindowGeometry, saveGeometry());
    m_closing = true;
    m_session->signOut();
    event->accept();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        if (m_session->store() && m_session->store()->isUnlocked()) {
            m_session->store()->idleLock()->noteActivity();
        }
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* lock = fileMenu->addAction(tr("&Lock"), m_session, &ConsoleSession::lock);
    lock->setObjectName(QStringLiteral("actionLock"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction* signOut = fileMenu->addAction(tr("Sign &out"), m_session, &ConsoleSession::signOut);
    signOut->setObjectName(QStringLiteral("actionSignOut"));
    signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QAction* changePassword =
        fileMenu->addAction(tr("Change &password…"), m_passwordChange, &PasswordChangeController::showChangePassword);
    changePassword->setObjectName(QStringLiteral("actionChangePassword"));
    m_sessionActions.append(changePassword);
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu* ticketsMenu = menuBar()->addMenu(tr("&Tickets"));
    QAction* newTicket = ticketsMenu->addAction(tr("&New ticket…"), m_tickets, &TicketWindows::newTicket);
    newTicket->setObjectName(QStringLiteral("actionNewTicket"));
    newTicket->setShortcut(QKeySequence::New);
    QAction* find = ticketsMenu->addAction(tr("&Find…"), m_queue, &TicketQueueWidget::focusSearch);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);

    // Ctrl+1… switches between the workspace's pages; the store-bound ones exist only while the store is open.
    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    const QList<std::pair<QString, QString>> pages {{QStringLiteral("ticketQueue"), tr("&Tickets")},
                                                    {QStringLiteral("knowledgeBasePage"), tr("&Knowledge base")},
                                                    {QStringLiteral("trainingPage"), tr("T&raining")},
                                                    {QStringLiteral("feedbackPage"), tr("&Feedback")},
                                                    {QStringLiteral("supportDashboardPage"), tr("&Support dashboard")},
                                                    {QStringLiteral("medicalDashboardPage"), tr("&Medical dashboard")},
                                                    {QStringLiteral("systemHealthPage"), tr("S&ystem health")}};
    for (int index = 0; index < pages.size(); ++index) {
        const QString name = pages[index].first;
        QAction* show = viewMenu->addAction(pages[index].second, this, [this, name] {
            for (int tab = 0; tab < m_workspace->count(); ++tab) {
                if (m_workspace->widget(tab)->objectName() == name) {
                    m_workspace->setCurrentIndex(tab);
                }
            }
        });
        show->setObjectName(QStringLiteral("actionShow_%1").arg(name));
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        m_sessionActions.append(show);
    }

    QMenu* connectionMenu = menuBar()->addMenu(tr("&Connection"));
    QAction* syncNow = connectionMenu->addAction(tr("&Sync now"), this, [this] {
        m_session->syncNow();
        m_connection->checkNow();
    });
    syncNow->setObjectName(QStringLiteral("actionSyncNow"));
    syncNow->setShortcut(QKeySequence::Refresh);
    QAction* check = connectionMenu->addAction(tr("&Check connection now"), m_connection, &ServerConnection::checkNow);
    check->setObjectName(QStringLiteral("actionCheckConnection"));
    m_sessionActions.append({lock, signOut, newTicket, find, syncNow});

    m_adminMenu = menuBar()->addMenu(tr("&Administration"));
    m_adminMenu->setObjectName(QStringLiteral("menuAdministration"));
    m_adminAction = m_adminMenu->addAction(tr("&Administration…"), this, &MainWindow::showAdministration);
    m_adminAction->setObjectName(QStringLiteral("actionAdministration"));
    m_adminAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));

    menuBar()->addMenu(new LanguageMenu(m_settings, this));

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* about =
        helpMenu->addAction(tr("&About %1").arg(QApplication::applicationDisplayName()), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

} // namespace hss::client
