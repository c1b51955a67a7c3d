// SPDX-License-Identifier: MIT
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QtTest>

#include "core/ConsoleSession.h"
#include "core/ServerConnection.h"
#include "core/Settings.h"
#include "hss/StdRandomSource.h"
#include "hss/SystemClock.h"
#include "hss/Version.h"
#include "ui/AboutDialog.h"
#include "ui/MainWindow.h"

using namespace hss::client;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void titleAndIcon();
    void aboutBoxShowsNameAndVersion();
    void statusShowsUnconfiguredServer();
    void quitClosesAndRemembersGeometry();
    void sessionActionsHaveShortcutsAndWaitForSignIn();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ServerConnection> m_connection;
    hss::SystemClock m_clock;
    hss::StdRandomSource m_random;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QApplication::setApplicationDisplayName(QStringLiteral("Healthcare Support System"));
    QApplication::setApplicationVersion(QString::fromUtf8(hss::productVersion().data()));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/hss.svg")));
}

void TestMainWindow::init()
{
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("console.ini")));
    m_connection = std::make_unique<ServerConnection>();
    m_session = std::make_unique<ConsoleSession>(m_clock, m_random, m_dir.filePath(QStringLiteral("data")));
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_connection.get(), m_session.get(), m_clock, QString());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_connection.reset();
    m_settings.reset();
}

void TestMainWindow::titleAndIcon()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Healthcare Support System"));
    QVERIFY(!m_window->windowIcon().isNull());
    QVERIFY(!m_window->windowIcon().pixmap(64, 64).isNull());
}

void TestMainWindow::aboutBoxShowsNameAndVersion()
{
    auto* about = m_window->findChild<QAction*>(QStringLiteral("actionAbout"));
    QVERIFY(about);
    QString shownText;
    // The dialog is modal: inspect and close it from inside its event loop.
    QTimer::singleShot(0, this, [&shownText] {
        auto* dialog = qobject_cast<AboutDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        if (auto* text = dialog->findChild<QLabel*>(QStringLiteral("aboutText"))) {
            shownText = text->text();
        }
        dialog->reject();
    });
    about->trigger();
    QVERIFY2(shownText.contains(QStringLiteral("Healthcare Support System")), qPrintable(shownText));
    QVERIFY2(shownText.contains(QString::fromUtf8(hss::productVersion().data())), qPrintable(shownText));
}

void TestMainWindow::statusShowsUnconfiguredServer()
{
    auto* status = m_window->findChild<QLabel*>(QStringLiteral("connectionStatus"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(QStringLiteral("No server configured")), qPrintable(status->text()));
    QString error;
    QVERIFY(!m_connection->configure(QUrl(QStringLiteral("http://localhost:8443")), QString(), &error));
    QVERIFY2(error.contains(QStringLiteral("https://")), qPrintable(error));
    // A valid address without a CA file says what is missing, not a file error about an empty name.
    QVERIFY(!m_connection->configure(QUrl(QStringLiteral("https://localhost:8443")), QString(), &error));
    QVERIFY2(error.contains(QStringLiteral("No certificate authority")), qPrintable(error));
}

void TestMainWindow::quitClosesAndRemembersGeometry()
{
    auto* quit = m_window->findChild<QAction*>(QStringLiteral("actionQuit"));
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    quit->trigger();
    QTRY_VERIFY(!m_window->isVisible());
    QVERIFY(!m_settings->get(Settings::Key::MainWindowGeometry).toByteArray().isEmpty());
}

void TestMainWindow::sessionActionsHaveShortcutsAndWaitForSignIn()
{
    const QList<std::pair<QString, QKeySequence>> expected {
        {QStringLiteral("actionLock"), QKeySequence(Qt::CTRL | Qt::Key_L)},
        {QStringLiteral("actionSyncNow"), QKeySequence(QKeySequence::Refresh)},
        {QStringLiteral("actionFind"), QKeySequence(QKeySequence::Find)},
        {QStringLiteral("actionSignOut"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
        {QStringLiteral("actionShow_ticketQueue"), QKeySequence(Qt::CTRL | Qt::Key_1)},
    };
    for (const auto& [name, shortcut] : expected) {
        auto* action = m_window->findChild<QAction*>(name);
        QVERIFY2(action, qPrintable(name));
        QCOMPARE(action->shortcut(), shortcut);
        QVERIFY2(!action->isEnabled(), qPrintable(name)); // nobody signed in yet
    }
    // Signed out, the window shows the connection page and the sync line says nothing is syncing.
    auto* status = m_window->findChild<QLabel*>(QStringLiteral("syncStatus"));
    QVERIFY(status && status->isVisible());
    QVERIFY2(status->text().startsWith(QStringLiteral("Not syncing")), qPrintable(status->text()));
    QVERIFY(!m_window->findChild<QWidget*>(QStringLiteral("ticketQueue"))->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
