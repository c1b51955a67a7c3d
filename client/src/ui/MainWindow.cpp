// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>

#include "AboutDialog.h"
#include "ConnectionStatusLabel.h"
#include "HomePage.h"
#include "core/ServerConnection.h"
#include "core/Settings.h"

namespace hss::client {

MainWindow::MainWindow(Settings* settings, ServerConnection* connection, const QString& caCertificateFile,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_connection(connection)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QApplication::applicationDisplayName());
    setWindowIcon(QApplication::windowIcon());
    setCentralWidget(new HomePage(connection, caCertificateFile, this));
    statusBar()->addPermanentWidget(new ConnectionStatusLabel(connection, this));
    createMenus();

    if (!restoreGeometry(m_settings->get(Settings::Key::MainWindowGeometry).toByteArray())) {
        const QSize preferred(1280, 800);
        const QScreen* screen = QGuiApplication::primaryScreen();
        resize(screen ? preferred.boundedTo(screen->availableGeometry().size()) : preferred);
    }
}

void MainWindow::showAbout()
{
    const QString server = m_connection->serverUrl().isValid() ? m_connection->serverUrl().toString() : tr("none");
    AboutDialog dialog(server, this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings->set(Settings::Key::MainWindowGeometry, saveGeometry());
    event->accept();
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu* connectionMenu = menuBar()->addMenu(tr("&Connection"));
    QAction* check = connectionMenu->addAction(tr("&Check connection now"), m_connection, &ServerConnection::checkNow);
    check->setObjectName(QStringLiteral("actionCheckConnection"));
    check->setShortcut(QKeySequence::Refresh);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* about =
        helpMenu->addAction(tr("&About %1").arg(QApplication::applicationDisplayName()), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

} // namespace hss::client
