// SPDX-License-Identifier: MIT
// The ticket editor's assignee picker against the real hss-server over TLS (offscreen): the user directory is
// fetched after sign-in and kept in the encrypted store; the picker offers only the people who may hold the ticket
// (its team; medical agents for a medical ticket), finds them by typing part of a name, saves the choice and sync
// takes it to the server; "Assign to me" only where the user may hold the ticket; a stored assignee outside the
// choices still shows by name. The model passes QAbstractItemModelTester throughout.
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

#include "DemoServer.h"
#include "ServerProcess.h"
#include "core/ConsoleSession.h"
#include "core/ServerConnection.h"
#include "core/Settings.h"
#include "core/StoreWorker.h"
#include "core/UserDirectory.h"
#include "hss/StdRandomSource.h"
#include "hss/SystemClock.h"
#include "storage/LocalStore.h"
#include "storage/TicketRepository.h"
#include "storage/UserDirectoryRepository.h"
#include "sync/SyncApi.h"
#include "ui/MainWindow.h"
#include "ui/TicketEditorWidget.h"
#include "ui/TicketWindows.h"

using namespace hss::client;
using Json = nlohmann::json;

namespace {

using hss::test::await;

/// The labels a combo box offers, in order.
QStringList choices(const QComboBox* combo)
{
    QStringList labels;
    for (int row = 0; row < combo->count(); ++row) {
        labels << combo->itemText(row);
    }
    return labels;
}

} // namespace

class TestAssigneePickerConsole final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void directoryIsFetchedAndKeptInTheStore();
    void pickByTypingSavesAndReachesTheServer();
    void medicalTicketOffersMedicalAgentsOnly();

private:
    /// Creates a ticket through the API and returns its id ("" on failure).
    QString createTicket(const QString& title, const QString& team, const QString& category);
    /// Opens the editor of \a id once sync has brought the ticket titled \a title.
    TicketEditorWidget* openEditor(const QString& id, const QString& title);
    QString personId(const QString& username) const;
    Json serverTicket(const QString& id);

    hss::test::DemoServer m_demo;
    QTemporaryDir m_dir;
    hss::SystemClock m_clock;
    hss::StdRandomSource m_random;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ServerConnection> m_connection;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestAssigneePickerConsole::initTestCase()
{
    QVERIFY2(m_demo.start(), qPrintable(m_demo.error()));
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("console.ini")));
    m_connection = std::make_unique<ServerConnection>();
    m_session = std::make_unique<ConsoleSession>(m_clock, m_random, m_dir.filePath(QStringLiteral("data")));
    m_session->setSyncRetryDelays(std::chrono::milliseconds(200), std::chrono::seconds(1));
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_connection.get(), m_session.get(), m_clock,
                                            m_demo.certificates().caFile());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    SignInRequest request;
    request.serverUrl = QUrl(m_demo.server().baseUrl());
    request.caCertificateFile = m_demo.certificates().caFile();
    request.userName = QStringLiteral("sofia"); // a supervisor in tier1, medical and compliance; not a medical agent
    request.password = m_demo.accounts().passwords.value(QStringLiteral("sofia"));
    const auto outcome = await(m_session->signIn(request));
    QVERIFY(outcome && outcome->code == SignInOutcome::Code::Online);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->syncStatus().initialSyncDone, 60000);
}

void TestAssigneePickerConsole::cleanupTestCase()
{
    m_window.reset();
    m_session.reset();
}

QString TestAssigneePickerConsole::createTicket(const QString& title, const QString& team, const QString& category)
{
    const Json body {{"title", title.toStdString()}, {"description", "Raised by the assignee picker test."},
                     {"priority", "medium"},         {"category", category.toStdString()},
                     {"channel", "phone"},           {"requester_name", "Ward 7"},
                     {"requester_email", ""},        {"team", team.toStdString()}};
    const auto created = await(m_session->api()->requestJson("POST", QStringLiteral("/api/tickets"), body));
    if (!created || !created->ok()) {
        qWarning() << "creating" << title << "failed:" << (created ? created->error().message : QString());
        return {};
    }
    return QString::fromStdString(created->value().at("id").get<std::string>());
}

TicketEditorWidget* TestAssigneePickerConsole::openEditor(const QString& id, const QString& title)
{
    const auto uuid = hss::Uuid::parse(id.toStdString());
    if (!uuid) {
        return nullptr;
    }
    // Opened only once sync has brought the ticket: an editor opened before shows it as missing.
    QDeadlineTimer synced(60000);
    while (!synced.hasExpired()) {
        const auto found = await(m_session->worker()->run<bool>([id = uuid.value()](LocalStore& store) {
            return TicketRepository(store.database()).find(id).has_value();
        }));
        if (found && *found) {
            break;
        }
        QTest::qWait(50);
    }
    m_window->ticketWindows()->openTicket(uuid.value());
    TicketEditorWidget* editor = m_window->ticketWindows()->editorFor(uuid.value());
    if (!editor) {
        return nullptr;
    }
    auto* titleEdit = editor->findChild<QLineEdit*>(QStringLiteral("ticketTitle"));
    QDeadlineTimer deadline(60000);
    while (titleEdit->text() != title && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return titleEdit->text() == title ? editor : nullptr;
}

QString TestAssigneePickerConsole::personId(const QString& username) const
{
    for (const DirectoryPerson& person : m_window->ticketWindows()->directory()->people()) {
        if (person.username == username) {
            return QString::fromStdString(person.id.toString());
        }
    }
    return {};
}

Json TestAssigneePickerConsole::serverTicket(const QString& id)
{
    const auto answer = await(m_session->api()->requestJson("GET", QStringLiteral("/api/tickets/") + id));
    return answer && answer->ok() ? answer->value() : Json();
}

void TestAssigneePickerConsole::directoryIsFetchedAndKeptInTheStore()
{
    UserDirectory* directory = m_window->ticketWindows()->directory();
    QTRY_VERIFY_WITH_TIMEOUT(!directory->people().empty(), 60000);
    QStringList usernames;
    for (const DirectoryPerson& person : directory->people()) {
        usernames << person.username;
    }
    // Everyone who may hold tickets; not the compliance officer or the learner.
    QCOMPARE(usernames, (QStringList {"admin", "amir", "grace", "maria", "sofia"}));
    const auto stored = await(m_session->worker()->run<std::vector<DirectoryPerson>>(
        [](LocalStore& store) { return UserDirectoryRepository(store.database()).all(); }));
    QVERIFY(stored);
    QCOMPARE(*stored, directory->people());

    // The store's copy is what the picker has after the store opens again (lock and unlock), before any fetch.
    m_session->lock();
    QTRY_COMPARE(m_session->state(), ConsoleSession::State::Locked);
    QVERIFY(directory->people().empty());
    const auto unlocked = await(m_session->unlock(m_demo.accounts().passwords.value(QStringLiteral("sofia"))));
    QVERIFY(unlocked && unlocked->code == UnlockOutcome::Code::Unlocked);
    QTRY_COMPARE(directory->people(), *stored);
}

void TestAssigneePickerConsole::pickByTypingSavesAndReachesTheServer()
{
    const QString title = QStringLiteral("Label printer offline");
    const QString id = createTicket(title, QStringLiteral("tier1"), QStringLiteral("technical"));
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->ticketWindows()->directory()->people().empty(), 60000);
    TicketEditorWidget* editor = openEditor(id, title);
    QVERIFY(editor);
    auto* combo = editor->findChild<QComboBox*>(QStringLiteral("ticketAssignee"));
    QVERIFY(combo && combo->isEditable());
    QVERIFY(!combo->accessibleName().isEmpty());
    QVERIFY(combo->focusPolicy() & Qt::TabFocus);
    QAbstractItemModelTester tester(combo->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Only tier1 people, and "Unassigned" first.
    QCOMPARE(choices(combo),
             (QStringList {"Unassigned", "Alex Admin (admin)", "Amir Agent (amir)", "Sofia Supervisor (sofia)"}));
    QCOMPARE(combo->currentText(), QStringLiteral("Unassigned"));
    auto* assignToMe = editor->findChild<QPushButton*>(QStringLiteral("ticketAssignToMe"));
    QVERIFY(assignToMe && assignToMe->isEnabled());

    // Typing part of the name, then choosing the match from the list with the keyboard.
    combo->setFocus();
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("MIR"));
    QAbstractItemView* popup = combo->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(combo->completer()->completionCount(), 1);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(combo->currentText(), QStringLiteral("Amir Agent (amir)"));
    QVERIFY(editor->isModified());

    QSignalSpy saved(editor, &TicketEditorWidget::saved);
    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() > 0, 60000);
    const QString amir = personId(QStringLiteral("amir"));
    QVERIFY(!amir.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(serverTicket(id).value("assignee_id", Json()) == Json(amir.toStdString()), 60000);
    QTRY_VERIFY(!editor->isModified());
    QCOMPARE(combo->currentText(), QStringLiteral("Amir Agent (amir)"));

    // Moved to a team Amir is not in: he still shows, by name, as the one holding it.
    auto* team = editor->findChild<QLineEdit*>(QStringLiteral("ticketTeam"));
    team->selectAll();
    QTest::keyClicks(team, QStringLiteral("training"));
    QVERIFY2(choices(combo).contains(QStringLiteral("Grace Agent (grace)")), qPrintable(choices(combo).join('|')));
    QVERIFY(combo->currentText().startsWith(QStringLiteral("Amir Agent (amir)")));
    QVERIFY(!assignToMe->isEnabled()); // Sofia is not in training
    editor->revert();
    QTRY_COMPARE(team->text(), QStringLiteral("tier1"));
    QVERIFY(assignToMe->isEnabled());
    QTest::mouseClick(assignToMe, Qt::LeftButton);
    QCOMPARE(combo->currentText(), QStringLiteral("Sofia Supervisor (sofia)"));
    editor->revert();
    editor->close();
}

void TestAssigneePickerConsole::medicalTicketOffersMedicalAgentsOnly()
{
    const QString title = QStringLiteral("Dose calculator suggests twice the dose");
    const QString id = createTicket(title, QStringLiteral("medical"), QStringLiteral("medical_clinical"));
    QVERIFY(!id.isEmpty());
    TicketEditorWidget* editor = openEditor(id, title);
    QVERIFY(editor);
    auto* combo = editor->findChild<QComboBox*>(QStringLiteral("ticketAssignee"));
    QAbstractItemModelTester tester(combo->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(choices(combo), (QStringList {"Unassigned", "Dr. Maria Medic (maria)"}));
    QVERIFY(!editor->findChild<QPushButton*>(QStringLiteral("ticketAssignToMe"))->isEnabled());
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("medic"));
    QAbstractItemView* popup = combo->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(combo->currentText(), QStringLiteral("Dr. Maria Medic (maria)"));
    QSignalSpy saved(editor, &TicketEditorWidget::saved);
    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() > 0, 60000);
    const QString maria = personId(QStringLiteral("maria"));
    QTRY_VERIFY_WITH_TIMEOUT(serverTicket(id).value("assignee_id", Json()) == Json(maria.toStdString()), 60000);
    editor->close();
}

QTEST_MAIN(TestAssigneePickerConsole)
#include "TestAssigneePickerConsole.moc"
