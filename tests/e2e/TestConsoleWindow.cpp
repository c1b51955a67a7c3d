// SPDX-License-Identifier: MIT
// The console window against the real hss-server (offscreen): the sign-in dialog's success and error messages, the
// queue's views and search, the banner for a new emergency, the idle lock and unlock, and the sync status line.
#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>
#include <atomic>

#include "DemoSeed.h"
#include "ServerProcess.h"
#include "SyncConsole.h"
#include "core/ConsoleSession.h"
#include "core/IdleLock.h"
#include "core/ServerConnection.h"
#include "core/Settings.h"
#include "core/TicketQueueService.h"
#include "hss/StdRandomSource.h"
#include "hss/SystemClock.h"
#include "ui/FeedbackDialog.h"
#include "ui/FeedbackWidget.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/NewTicketDialog.h"
#include "ui/SignInDialog.h"
#include "ui/SyncStatusWidget.h"
#include "ui/TicketCommentsPanel.h"
#include "ui/TicketEditorWidget.h"
#include "ui/TicketQueueWidget.h"
#include "ui/TicketWindows.h"
#include "ui/UnlockDialog.h"
#include "ui/WorkspacePages.h"
#include "ui/dashboard/DashboardPanel.h"
#include "ui/dashboard/MedicalDashboardWidget.h"
#include "ui/dashboard/SupportDashboardWidget.h"
#include "ui/models/TicketQueueTableModel.h"

using namespace hss::client;

namespace {

/// The system clock plus an offset the test moves forward, so the idle lock runs out without waiting.
class MovableClock final : public hss::Clock
{
public:
    std::int64_t nowMs() const override { return m_system.nowMs() + m_offset.load(); }
    void advance(std::int64_t ms) { m_offset += ms; }

private:
    hss::SystemClock m_system;
    std::atomic<std::int64_t> m_offset {0};
};

} // namespace

class TestConsoleWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void signInErrorsAreShown_data();
    void signInErrorsAreShown();
    void totpFieldAppearsWhenAsked();
    void signInShowsQueueAndSyncStatus();
    void queueViewsAndSearch();
    void newEmergencyRaisesBanner();
    void idleLockThenUnlock();
    void editorOpensFromQueueAndKeepsEditsOverLock();
    void feedbackBeingTypedComesBackAfterLock();
    void dashboardsAgreeWithTheQueue();
    void syncStatusTexts();

private:
    SignInDialog* signInDialog() const;
    void signIn(const QString& user);
    /// Types \a user's password into the unlock dialog and waits until the session is online again.
    void unlockAs(const QString& user);
    int rowsWhere(int role, const QVariant& value) const;

    std::unique_ptr<hss::test::TestCertificates> m_certificates;
    std::unique_ptr<hss::test::TestCertificates> m_otherCa;
    std::unique_ptr<hss::test::ServerProcess> m_server;
    hss::test::DemoAccounts m_accounts;
    QTemporaryDir m_dir;
    MovableClock m_clock;
    hss::StdRandomSource m_random;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ServerConnection> m_connection;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestConsoleWindow::initTestCase()
{
    m_certificates = std::make_unique<hss::test::TestCertificates>();
    QVERIFY2(m_certificates->isValid(), qPrintable(m_certificates->error()));
    m_otherCa = std::make_unique<hss::test::TestCertificates>();
    QVERIFY2(m_otherCa->isValid(), qPrintable(m_otherCa->error()));
    m_server = std::make_unique<hss::test::ServerProcess>(*m_certificates);
    QString error;
    m_accounts = hss::test::seedDemo(*m_server, *m_certificates, &error);
    QVERIFY2(m_accounts.passwords.contains(QStringLiteral("sofia")), qPrintable(error));
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
}

void TestConsoleWindow::init()
{
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("console.ini")));
    m_settings->set(Settings::Key::ServerUrl, m_server->baseUrl());
    m_settings->set(Settings::Key::CaCertificateFile, m_certificates->caFile());
    m_connection = std::make_unique<ServerConnection>();
    m_session = std::make_unique<ConsoleSession>(m_clock, m_random, m_dir.filePath(QStringLiteral("data")));
    m_session->setSyncRetryDelays(std::chrono::milliseconds(200), std::chrono::seconds(1));
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_connection.get(), m_session.get(), m_clock,
                                            m_certificates->caFile());
    m_window->queueService()->setRefreshDelay(50);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->requestSignIn();
    QTRY_VERIFY(signInDialog() != nullptr);
}

void TestConsoleWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_connection.reset();
    m_settings.reset();
}

SignInDialog* TestConsoleWindow::signInDialog() const
{
    auto* dialog = m_window->findChild<SignInDialog*>();
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestConsoleWindow::signIn(const QString& user)
{
    SignInDialog* dialog = signInDialog();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("userEdit"))->setText(user);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), m_accounts.passwords.value(user));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(signInDialog() == nullptr, 60000);
    QCOMPARE(m_session->state(), ConsoleSession::State::Online);
}

int TestConsoleWindow::rowsWhere(int role, const QVariant& value) const
{
    const QAbstractItemModel* model = m_window->queueWidget()->model();
    int matching = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        matching += model->index(row, 0).data(role) == value ? 1 : 0;
    }
    return matching;
}

void TestConsoleWindow::signInErrorsAreShown_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("otherCa");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("expected");
    QTest::newRow("wrong password") << QString() << false << QStringLiteral("amir") << QStringLiteral("nope")
                                    << QStringLiteral("Wrong user name or password");
    QTest::newRow("empty password") << QString() << false << QStringLiteral("amir") << QString()
                                    << QStringLiteral("Enter your user name and password");
    QTest::newRow("unreachable server, never signed in here")
        << QStringLiteral("https://localhost:1") << false << QStringLiteral("amir") << QStringLiteral("x")
        << QStringLiteral("Working offline needs one sign-in on this device");
    QTest::newRow("certificate not trusted") << QString() << true << QStringLiteral("amir") << QStringLiteral("x")
                                             << QStringLiteral("certificate is not trusted or has expired");
}

void TestConsoleWindow::signInErrorsAreShown()
{
    QFETCH(QString, server);
    QFETCH(bool, otherCa);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, expected);
    if (otherCa) {
        m_settings->set(Settings::Key::CaCertificateFile, m_otherCa->caFile());
    }
    SignInDialog* dialog = signInDialog();
    if (!server.isEmpty()) {
        dialog->findChild<QLineEdit*>(QStringLiteral("serverEdit"))->setText(server);
    }
    dialog->findChild<QLineEdit*>(QStringLiteral("userEdit"))->setText(user);
    dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(password);
    QSignalSpy finished(dialog, &SignInDialog::signInFinished);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("signInMessage"));
    QVERIFY2(message->text().contains(expected), qPrintable(message->text()));
    QVERIFY(message->isVisible());
    QVERIFY(signInDialog() != nullptr); // still open for another try
    QCOMPARE(m_session->state(), ConsoleSession::State::SignedOut);
}

void TestConsoleWindow::totpFieldAppearsWhenAsked()
{
    SignInDialog* dialog = signInDialog();
    auto* totp = dialog->findChild<QLineEdit*>(QStringLiteral("totpEdit"));
    QVERIFY(!totp->isVisible());
    dialog->findChild<QLineEdit*>(QStringLiteral("userEdit"))->setText(QStringLiteral("admin"));
    dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))
        ->setText(m_accounts.passwords.value(QStringLiteral("admin")));
    QSignalSpy finished(dialog, &SignInDialog::signInFinished);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(totp->isVisible());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("signInMessage"))
                ->text()
                .contains(QStringLiteral("authenticator app")));
}

void TestConsoleWindow::signInShowsQueueAndSyncStatus()
{
    signIn(QStringLiteral("sofia"));
    // Server address and user name are remembered for the next start.
    QCOMPARE(m_settings->get(Settings::Key::LastUserName).toString(), QStringLiteral("sofia"));
    QCOMPARE(m_settings->get(Settings::Key::ServerUrl).toString(), m_server->baseUrl());
    QTRY_VERIFY(m_window->queueWidget()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->queueWidget()->model()->rowCount() > 0, 60000);
    auto* status = m_window->findChild<SyncStatusWidget*>(QStringLiteral("syncStatus"));
    QVERIFY(status && status->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Online ·")), 60000);
    QVERIFY2(status->text().contains(QStringLiteral("last sync")), qPrintable(status->text()));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Sofia Supervisor")));
}

void TestConsoleWindow::queueViewsAndSearch()
{
    signIn(QStringLiteral("sofia"));
    TicketQueueWidget* queue = m_window->queueWidget();
    QAbstractItemModelTester tester(queue->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->syncStatus().initialSyncDone, 60000);
    auto* views = queue->findChild<QComboBox*>(QStringLiteral("queueViewCombo"));
    views->setCurrentIndex(views->findText(QStringLiteral("All open")));
    QTRY_VERIFY(queue->model()->rowCount() > 0);
    const int allOpen = queue->model()->rowCount();

    views->setCurrentIndex(views->findText(QStringLiteral("Medical emergencies")));
    QTRY_VERIFY(queue->model()->rowCount() > 0 && queue->model()->rowCount() < allOpen);
    QCOMPARE(rowsWhere(TicketQueueTableModel::EmergencyRole, true), queue->model()->rowCount());
    // Emergencies stand out: bold and with an icon.
    const QModelIndex first = queue->model()->index(0, TicketQueueTableModel::PriorityColumn);
    QVERIFY(first.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!first.data(Qt::DecorationRole).value<QIcon>().isNull());

    views->setCurrentIndex(views->findText(QStringLiteral("All open")));
    QTRY_COMPARE(queue->model()->rowCount(), allOpen);
    const QString title = queue->model()->index(0, TicketQueueTableModel::TitleColumn).data().toString();
    auto* search = queue->findChild<QLineEdit*>(QStringLiteral("queueSearch"));
    QApplication::setActiveWindow(m_window.get());
    m_window->findChild<QAction*>(QStringLiteral("actionFind"))->trigger();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, title);
    QTRY_VERIFY(queue->model()->rowCount() < allOpen);
    QVERIFY(queue->model()->rowCount() >= 1);
    for (int row = 0; row < queue->model()->rowCount(); ++row) {
        QCOMPARE(queue->model()->index(row, TicketQueueTableModel::TitleColumn).data().toString(), title);
    }
    // Sorting asks the store for another order: by title, descending, the first row sorts last alphabetically.
    search->clear();
    QTRY_COMPARE(queue->model()->rowCount(), allOpen);
    queue->table()->sortByColumn(TicketQueueTableModel::TitleColumn, Qt::DescendingOrder);
    QTRY_VERIFY(queue->model()->rowCount() > 1
                && queue->model()
                        ->index(0, TicketQueueTableModel::TitleColumn)
                        .data()
                        .toString()
                        .compare(queue->model()->index(1, TicketQueueTableModel::TitleColumn).data().toString(),
                                 Qt::CaseInsensitive)
                    >= 0);
}

void TestConsoleWindow::newEmergencyRaisesBanner()
{
    signIn(QStringLiteral("sofia"));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->syncStatus().initialSyncDone, 60000);
    auto* banner = m_window->queueWidget()->findChild<QWidget*>(QStringLiteral("emergencyBanner"));
    QTRY_VERIFY(m_window->queueService()->totalCount() > 0);
    QVERIFY(!banner->isVisible()); // emergencies already in the store are not news

    // Another console (Dr. Maria) records an emergency; sofia's console pulls it on its long poll.
    hss::test::SyncConsole clinic;
    QString error;
    QVERIFY2(clinic.open(m_server->baseUrl(), m_certificates->caFile(), QStringLiteral("maria"),
                         m_accounts.passwords.value(QStringLiteral("maria")), &error),
             qPrintable(error));
    hss::Ticket draft;
    draft.title = "Patient monitor alarms silent in ICU";
    draft.description = "Alarms do not sound on bed 4.";
    draft.priority = hss::Priority::Emergency;
    draft.category = hss::Category::MedicalClinical;
    draft.channel = hss::Channel::Phone;
    draft.requesterName = "ICU nurse station";
    draft.team = "medical";
    QFuture<hss::Result<hss::Ticket>> created = clinic.changes().createTicket(draft);
    QTRY_VERIFY(created.isFinished());
    QVERIFY(created.result().ok());
    QVERIFY(clinic.syncUntilIdle());

    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 60000);
    auto* text = banner->findChild<QLabel*>(QStringLiteral("emergencyBannerText"));
    QVERIFY2(text->text().contains(QStringLiteral("Patient monitor alarms silent in ICU")), qPrintable(text->text()));
    hss::Uuid openedId;
    m_window->setTicketOpener([&openedId](const hss::Uuid& id) { openedId = id; });
    QTest::mouseClick(banner->findChild<QPushButton*>(QStringLiteral("emergencyOpenButton")), Qt::LeftButton);
    QCOMPARE(openedId, created.result().value().id);
    QVERIFY(!banner->isVisible());
}

void TestConsoleWindow::idleLockThenUnlock()
{
    signIn(QStringLiteral("sofia"));
    QTRY_VERIFY(m_window->queueWidget()->model()->rowCount() > 0);
    IdleLock* idle = m_session->store()->idleLock();
    m_clock.advance(idle->timeout().count() + 1000);
    idle->check();
    QCOMPARE(m_session->state(), ConsoleSession::State::Locked);
    // The views dropped every row the moment the store locked.
    QCOMPARE(m_window->queueWidget()->model()->rowCount(), 0);
    UnlockDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<UnlockDialog*>()) != nullptr && dialog->isVisible());

    auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("unlockPasswordEdit"));
    QTest::keyClicks(password, QStringLiteral("wrong"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("unlockButton")), Qt::LeftButton);
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("unlockMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 30000);
    QVERIFY2(message->text().contains(QStringLiteral("Wrong password")), qPrintable(message->text()));
    QCOMPARE(m_session->state(), ConsoleSession::State::Locked);

    password->clear();
    QTest::keyClicks(password, m_accounts.passwords.value(QStringLiteral("sofia")));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("unlockButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), ConsoleSession::State::Online, 30000);
    QTRY_VERIFY(m_window->queueWidget()->model()->rowCount() > 0);
}

void TestConsoleWindow::editorOpensFromQueueAndKeepsEditsOverLock()
{
    signIn(QStringLiteral("sofia"));
    TicketQueueWidget* queue = m_window->queueWidget();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->syncStatus().initialSyncDone, 60000);
    QTRY_VERIFY(queue->model()->rowCount() > 0);
    const QModelIndex first = queue->model()->index(0, TicketQueueTableModel::TitleColumn);
    const auto id = hss::Uuid::parse(first.data(TicketQueueTableModel::TicketIdRole).toString().toStdString());
    QVERIFY(id);
    const QString title = first.data().toString();

    // Enter on the queue row opens the editor window of that ticket; opening it again raises the same window.
    queue->table()->setCurrentIndex(first);
    QTest::keyClick(queue->table(), Qt::Key_Return);
    TicketEditorWidget* editor = nullptr;
    QTRY_VERIFY((editor = m_window->ticketWindows()->editorFor(id.value())) != nullptr);
    QVERIFY(editor->isWindow());
    auto* titleEdit = editor->findChild<QLineEdit*>(QStringLiteral("ticketTitle"));
    QTRY_COMPARE(titleEdit->text(), title);
    m_window->ticketWindows()->openTicket(id.value());
    QCOMPARE(m_window->ticketWindows()->editorFor(id.value()), editor);

    // Typed, not saved, then the console locks: the edit is stored before the store closes, not lost; the comment
    // being typed and a new ticket not yet created come back after the unlock, in the windows they were typed in.
    titleEdit->end(false);
    QTest::keyClicks(titleEdit, QStringLiteral(" (checked on ward)"));
    QVERIFY(editor->isModified());
    const QString comment = QStringLiteral("Called the ward back, the pump is running again");
    editor->comments()->setDraft(comment, hss::CommentVisibility::PublicReply);
    m_window->ticketWindows()->newTicket();
    NewTicketDialog* newTicket = nullptr;
    QTRY_VERIFY((newTicket = m_window->findChild<NewTicketDialog*>()) != nullptr && newTicket->isVisible());
    QTest::keyClicks(newTicket->findChild<QLineEdit*>(QStringLiteral("newTitle")),
                     QStringLiteral("Infusion pump alarm on ward 3"));
    QTest::keyClicks(newTicket->findChild<QPlainTextEdit*>(QStringLiteral("newDescription")),
                     QStringLiteral("Alarm keeps sounding"));
    m_session->lock();
    QCOMPARE(m_session->state(), ConsoleSession::State::Locked);
    QTRY_VERIFY(m_window->ticketWindows()->editorFor(id.value()) == nullptr);
    QTRY_VERIFY(m_window->findChild<NewTicketDialog*>() == nullptr);

    unlockAs(QStringLiteral("sofia"));
    QTRY_VERIFY((editor = m_window->ticketWindows()->editorFor(id.value())) != nullptr);
    titleEdit = editor->findChild<QLineEdit*>(QStringLiteral("ticketTitle"));
    QTRY_COMPARE(titleEdit->text(), title + QStringLiteral(" (checked on ward)"));
    QVERIFY(!editor->isModified());
    QCOMPARE(editor->comments()->draft(), comment);
    QVERIFY(editor->comments()->draftVisibility() == hss::CommentVisibility::PublicReply);
    QTRY_VERIFY((newTicket = m_window->findChild<NewTicketDialog*>()) != nullptr && newTicket->isVisible());
    QCOMPARE(newTicket->findChild<QLineEdit*>(QStringLiteral("newTitle"))->text(),
             QStringLiteral("Infusion pump alarm on ward 3"));
    QCOMPARE(newTicket->findChild<QPlainTextEdit*>(QStringLiteral("newDescription"))->toPlainText(),
             QStringLiteral("Alarm keeps sounding"));

    // Escape does not throw typed text away unasked: Cancel keeps the dialog, Discard closes it.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    newTicket->reject();
    QVERIFY(newTicket->isVisible());
    QCOMPARE(MessageBox::lastTitle(), NewTicketDialog::tr("Discard the new ticket?"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    newTicket->reject();
    QTRY_VERIFY(m_window->findChild<NewTicketDialog*>() == nullptr);

    // Ctrl+N opens the new-ticket dialog.
    QApplication::setActiveWindow(m_window.get());
    m_window->findChild<QAction*>(QStringLiteral("actionNewTicket"))->trigger();
    QTRY_VERIFY(m_window->findChild<QDialog*>(QStringLiteral("newTicketDialog")) != nullptr);
}

void TestConsoleWindow::feedbackBeingTypedComesBackAfterLock()
{
    signIn(QStringLiteral("sofia"));
    TicketQueueWidget* queue = m_window->queueWidget();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->syncStatus().initialSyncDone, 60000);
    QTRY_VERIFY(queue->model()->rowCount() > 0);
    const auto id = hss::Uuid::parse(queue->model()
                                         ->index(0, TicketQueueTableModel::TitleColumn)
                                         .data(TicketQueueTableModel::TicketIdRole)
                                         .toString()
                                         .toStdString());
    QVERIFY(id);
    QTRY_VERIFY(m_window->workspacePages()->feedback() != nullptr);
    FeedbackDialog* feedback = m_window->workspacePages()->feedback()->openFeedbackDialog(id.value());
    feedback->setScore(2);
    const QString comment = QStringLiteral("The reply came after the night shift had already left");
    QTest::keyClicks(feedback->findChild<QPlainTextEdit*>(QStringLiteral("feedbackComment")), comment);

    m_session->lock();
    QTRY_VERIFY(m_window->findChild<FeedbackDialog*>() == nullptr);
    unlockAs(QStringLiteral("sofia"));
    QTRY_VERIFY((feedback = m_window->findChild<FeedbackDialog*>()) != nullptr && feedback->isVisible());
    const FeedbackDialog::Typed typed = feedback->typed();
    QVERIFY(typed.ticketId == id.value());
    QCOMPARE(typed.score, 2);
    QCOMPARE(typed.comment, comment);

    // Someone else signing in at this computer after the lock does not get it.
    m_session->lock();
    QTRY_VERIFY(m_window->findChild<FeedbackDialog*>() == nullptr);
    m_session->signOut();
    QTRY_VERIFY(signInDialog() != nullptr);
    signIn(QStringLiteral("amir"));
    QTRY_VERIFY(m_window->workspacePages()->feedback() != nullptr);
    QTest::qWait(200);
    QVERIFY(m_window->findChild<FeedbackDialog*>() == nullptr);
}

void TestConsoleWindow::dashboardsAgreeWithTheQueue()
{
    // The demo data drawn by the dashboards, checked against the queue's own SQL over the same store.
    signIn(QStringLiteral("sofia"));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->syncStatus().initialSyncDone, 60000);
    TicketQueueWidget* queue = m_window->queueWidget();
    auto* views = queue->findChild<QComboBox*>(QStringLiteral("queueViewCombo"));
    views->setCurrentIndex(views->findText(QStringLiteral("All open")));
    QTRY_VERIFY(queue->model()->rowCount() > 0);
    SupportDashboardWidget* support = m_window->workspacePages()->supportDashboard();
    QVERIFY(support);
    const auto openBars = [support] {
        auto* view = qobject_cast<QChartView*>(support->panel(QStringLiteral("ticketsByStatus"))->content());
        auto* series = view ? qobject_cast<QAbstractBarSeries*>(view->chart()->series().value(0)) : nullptr;
        if (!series || series->barSets().isEmpty() || series->barSets().front()->count() != 7) {
            return -1;
        }
        int open = 0;
        for (int status = 0; status < 5; ++status) { // New .. Escalated; Resolved and Closed are the last two
            open += static_cast<int>(series->barSets().front()->at(status));
        }
        return open;
    };
    // Every demo ticket was created within the last 30 days, the dashboards' default period.
    QTRY_COMPARE_WITH_TIMEOUT(openBars(), queue->model()->rowCount(), 30000);

    views->setCurrentIndex(views->findText(QStringLiteral("Medical emergencies")));
    QTRY_VERIFY(queue->model()->rowCount() > 0);
    QAbstractItemModel* cards = m_window->workspacePages()
                                    ->medicalDashboard()
                                    ->findChild<QTableView*>(QStringLiteral("medicalKpiView"))
                                    ->model();
    QTRY_COMPARE_WITH_TIMEOUT(cards->index(0, 1).data().toString(), QString::number(queue->model()->rowCount()), 30000);
}

void TestConsoleWindow::unlockAs(const QString& user)
{
    UnlockDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<UnlockDialog*>()) != nullptr && dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("unlockPasswordEdit")),
                     m_accounts.passwords.value(user));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("unlockButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), ConsoleSession::State::Online, 30000);
}

void TestConsoleWindow::syncStatusTexts()
{
    SyncStatus offline;
    offline.state = SyncStatus::State::Offline;
    offline.offlineSinceMs = QDateTime::currentMSecsSinceEpoch();
    offline.pendingCount = 3;
    offline.conflictsToReview = 2;
    const QString text = SyncStatusWidget::describe(offline);
    QVERIFY2(text.startsWith(QStringLiteral("Offline since ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("3 changes waiting")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2 conflicts to review")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("never synced")), qPrintable(text));

    SyncStatus online;
    online.state = SyncStatus::State::Online;
    online.initialSyncDone = true;
    online.lastSyncMs = QDateTime::currentMSecsSinceEpoch();
    const QString onlineText = SyncStatusWidget::describe(online);
    QVERIFY2(onlineText.startsWith(QStringLiteral("Online · all changes sent · last sync ")), qPrintable(onlineText));
    QVERIFY(!onlineText.contains(QStringLiteral("conflict")));
}

QTEST_MAIN(TestConsoleWindow)
#include "TestConsoleWindow.moc"
