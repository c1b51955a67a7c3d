// SPDX-License-Identifier: MIT
// The console's own password change against the real hss-server over TLS (offscreen): an admin resets a user's
// password, the user signs in with the temporary one and gets the forced dialog before the workspace can be used
// (sync waits), chooses a new password (mismatch and policy errors shown first) and works on with sync running and
// this device's data opening with the new password; refusing the forced change signs out; a normal user changes
// the password from the menu.
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

#include "DemoServer.h"
#include "ServerProcess.h"
#include "core/ConsoleSession.h"
#include "core/ServerConnection.h"
#include "core/Settings.h"
#include "hss/StdRandomSource.h"
#include "hss/SystemClock.h"
#include "sync/SyncApi.h"
#include "ui/ChangePasswordDialog.h"
#include "ui/MainWindow.h"
#include "ui/PasswordChangeController.h"

using namespace hss::client;
using Json = nlohmann::json;

namespace {

using hss::test::await;

/// Types \a current, \a next and \a repeat into the dialog's fields (keyboard only) and presses Enter.
void fill(ChangePasswordDialog* dialog, const QString& current, const QString& next, const QString& repeat)
{
    const std::pair<const char*, QString> fields[] {
        {"currentPasswordEdit", current}, {"newPasswordEdit", next}, {"repeatPasswordEdit", repeat}};
    for (const auto& [name, text] : fields) {
        auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(name));
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("repeatPasswordEdit")), Qt::Key_Return);
}

} // namespace

class TestPasswordChangeConsole final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void resetUserMustChangeThePasswordBeforeWorking();
    void refusingTheForcedChangeSignsOut();
    void normalUserChangesThePasswordFromTheMenu();

private:
    /// Creates an agent in tier1 through the admin API and resets the password to \a temporary; "" on success.
    QString createAndReset(const QString& user, const QString& temporary);
    std::unique_ptr<ConsoleSession> newSession(const QString& user);
    std::optional<SignInOutcome> signIn(ConsoleSession& session, const QString& user, const QString& password);
    std::unique_ptr<MainWindow> windowFor(ConsoleSession& session);
    int signInStatus(const QString& user, const QString& password);

    hss::test::DemoServer m_demo;
    QTemporaryDir m_dir;
    hss::SystemClock m_clock;
    hss::StdRandomSource m_random;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ServerConnection> m_connection;
    std::unique_ptr<ConsoleSession> m_admin;
};

void TestPasswordChangeConsole::initTestCase()
{
    QVERIFY2(m_demo.start(), qPrintable(m_demo.error()));
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("console.ini")));
    m_connection = std::make_unique<ServerConnection>();
    const QString code = m_demo.adminTotpCode();
    QVERIFY2(!code.isEmpty(), "oathtool (oath-toolkit) is needed");
    m_admin = newSession(QStringLiteral("admin"));
    SignInRequest request;
    request.serverUrl = QUrl(m_demo.server().baseUrl());
    request.caCertificateFile = m_demo.certificates().caFile();
    request.userName = QStringLiteral("admin");
    request.password = m_demo.accounts().passwords.value(QStringLiteral("admin"));
    request.totpCode = code;
    const auto outcome = await(m_admin->signIn(request));
    QVERIFY(outcome && outcome->code == SignInOutcome::Code::Online);
}

void TestPasswordChangeConsole::cleanupTestCase()
{
    m_admin.reset();
}

QString TestPasswordChangeConsole::createAndReset(const QString& user, const QString& temporary)
{
    const Json account {{"username", user.toStdString()},
                        {"display_name", "Temp " + user.toStdString()},
                        {"email", user.toStdString() + "@clinic.example"},
                        {"roles", {"agent"}},
                        {"teams", {"tier1"}},
                        {"password", "the first passphrase of all"}};
    const auto created = await(m_admin->api()->requestJson("POST", QStringLiteral("/api/admin/users"), account));
    if (!created || !created->ok()) {
        return QStringLiteral("create failed");
    }
    const QString id = QString::fromStdString(created->value().at("id").get<std::string>());
    const auto reset = await(m_admin->api()->requestJson("POST", QStringLiteral("/api/admin/users/%1/password").arg(id),
                                                         Json {{"new_password", temporary.toStdString()}}));
    return reset && reset->ok() ? QString() : QStringLiteral("reset failed");
}

std::unique_ptr<ConsoleSession> TestPasswordChangeConsole::newSession(const QString& user)
{
    auto session =
        std::make_unique<ConsoleSession>(m_clock, m_random, m_dir.filePath(QStringLiteral("data-%1").arg(user)));
    session->setSyncRetryDelays(std::chrono::milliseconds(200), std::chrono::seconds(1));
    return session;
}

std::optional<SignInOutcome> TestPasswordChangeConsole::signIn(ConsoleSession& session, const QString& user,
                                                               const QString& password)
{
    SignInRequest request;
    request.serverUrl = QUrl(m_demo.server().baseUrl());
    request.caCertificateFile = m_demo.certificates().caFile();
    request.userName = user;
    request.password = password;
    return await(session.signIn(request));
}

std::unique_ptr<MainWindow> TestPasswordChangeConsole::windowFor(ConsoleSession& session)
{
    auto window = std::make_unique<MainWindow>(m_settings.get(), m_connection.get(), &session, m_clock,
                                               m_demo.certificates().caFile());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        return nullptr;
    }
    return window;
}

int TestPasswordChangeConsole::signInStatus(const QString& user, const QString& password)
{
    SyncApi api;
    QString error;
    if (!api.configure(QUrl(m_demo.server().baseUrl()), m_demo.certificates().caFile(), &error)) {
        return 0;
    }
    const auto answer = await(api.login(user, password));
    return !answer ? 0 : answer->ok() ? 200 : answer->error().httpStatus;
}

void TestPasswordChangeConsole::resetUserMustChangeThePasswordBeforeWorking()
{
    const QString user = QStringLiteral("tess.temp");
    const QString temporary = QStringLiteral("temporary passphrase 1");
    const QString chosen = QStringLiteral("tess chose this herself");
    QCOMPARE(createAndReset(user, temporary), QString());

    auto session = newSession(user);
    auto window = windowFor(*session);
    QVERIFY(window);
    const auto outcome = signIn(*session, user, temporary);
    QVERIFY(outcome && outcome->code == SignInOutcome::Code::Online);
    QVERIFY(session->passwordChangeRequired());
    QVERIFY(!session->engine()); // the server would refuse every pull: sync waits for the change

    ChangePasswordDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->passwordChange()->dialog()) != nullptr);
    QVERIFY(dialog->isModal() || dialog->windowModality() != Qt::NonModal);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("forcedPasswordIntro")));
    for (const char* name : {"currentPasswordEdit", "newPasswordEdit", "repeatPasswordEdit"}) {
        auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(name));
        QVERIFY(edit && !edit->accessibleName().isEmpty() && edit->focusPolicy() != Qt::NoFocus);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
    }

    // A mismatch is caught before anything is sent; a weak password shows the server's policy.
    fill(dialog, temporary, chosen, chosen + QStringLiteral("!"));
    QVERIFY2(dialog->message().contains(QStringLiteral("differ")), qPrintable(dialog->message()));
    fill(dialog, temporary, QStringLiteral("short"), QStringLiteral("short"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->message().contains(QStringLiteral("12")), 60000);
    QVERIFY(dialog->isVisible());
    QVERIFY(session->passwordChangeRequired());

    const QPointer<ChangePasswordDialog> open(dialog);
    fill(dialog, temporary, chosen, chosen);
    QTRY_VERIFY_WITH_TIMEOUT(open.isNull(), 60000);
    QVERIFY(!session->passwordChangeRequired());
    QCOMPARE(session->state(), ConsoleSession::State::Online);
    QVERIFY(session->engine());
    // Sync runs with the new login: a successful exchange with the server is recorded.
    QTRY_VERIFY_WITH_TIMEOUT(session->syncStatus().lastSyncMs.has_value(), 60000);
    QVERIFY(window->workspace()->isVisible());

    QCOMPARE(signInStatus(user, temporary), 401);
    QCOMPARE(signInStatus(user, chosen), 200);
    // This device's data now opens with the new password.
    session->lock();
    const auto wrong = await(session->unlock(temporary));
    QVERIFY(wrong && wrong->code == UnlockOutcome::Code::WrongPassword);
    const auto unlocked = await(session->unlock(chosen));
    QVERIFY(unlocked && unlocked->code == UnlockOutcome::Code::Unlocked);
    window.reset();
    session.reset();
}

void TestPasswordChangeConsole::refusingTheForcedChangeSignsOut()
{
    const QString user = QStringLiteral("otto.out");
    const QString temporary = QStringLiteral("temporary passphrase 2");
    QCOMPARE(createAndReset(user, temporary), QString());
    auto session = newSession(user);
    auto window = windowFor(*session);
    QVERIFY(window);
    const auto outcome = signIn(*session, user, temporary);
    QVERIFY(outcome && outcome->code == SignInOutcome::Code::Online);
    ChangePasswordDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->passwordChange()->dialog()) != nullptr);
    auto* signOut = dialog->findChild<QPushButton*>(QStringLiteral("cancelPasswordButton"));
    QVERIFY(signOut);
    QTest::mouseClick(signOut, Qt::LeftButton);
    QTRY_COMPARE(session->state(), ConsoleSession::State::SignedOut);
    QVERIFY(!window->workspace()->isVisible());
    window->hide(); // before the sign-in dialog it asks for could close it
    window.reset();
    session.reset();
}

void TestPasswordChangeConsole::normalUserChangesThePasswordFromTheMenu()
{
    const QString user = QStringLiteral("amir");
    const QString old = m_demo.accounts().passwords.value(user);
    const QString chosen = QStringLiteral("amir picked a better one");
    auto session = newSession(user);
    auto window = windowFor(*session);
    QVERIFY(window);
    const auto outcome = signIn(*session, user, old);
    QVERIFY(outcome && outcome->code == SignInOutcome::Code::Online);
    QVERIFY(!session->passwordChangeRequired());
    QTest::qWait(0);
    QVERIFY(!window->passwordChange()->dialog()); // nothing forced

    auto* action = window->findChild<QAction*>(QStringLiteral("actionChangePassword"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    ChangePasswordDialog* dialog = window->passwordChange()->dialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("forcedPasswordIntro")));
    fill(dialog, QStringLiteral("not my password at all"), chosen, chosen);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->message().contains(QStringLiteral("current password")), 60000);

    const QPointer<ChangePasswordDialog> open(dialog);
    fill(dialog, old, chosen, chosen);
    QTRY_VERIFY_WITH_TIMEOUT(open.isNull(), 60000);
    QCOMPARE(session->state(), ConsoleSession::State::Online);
    QCOMPARE(signInStatus(user, chosen), 200);
    QCOMPARE(signInStatus(user, old), 401);
    // Sync goes on with the login the change answered with (every earlier one was ended).
    const qint64 before = session->syncStatus().lastSyncMs.value_or(0);
    session->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(session->syncStatus().lastSyncMs.value_or(0) > before, 60000);
    QCOMPARE(session->syncStatus().state, SyncStatus::State::Online);
    window.reset();
    session.reset();
}

QTEST_MAIN(TestPasswordChangeConsole)
#include "TestPasswordChangeConsole.moc"
