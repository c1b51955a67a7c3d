// SPDX-License-Identifier: MIT
// hss-console-screenshots: opens the real console window against a running server (the demo's), signs in through
// the sign-in dialog and saves what the agent sees, for docs/screenshots. Run it under Xvfb:
//
//   xvfb-run -a -s "-screen 0 1920x1080x24" hss-console-screenshots --server URL --ca FILE --user NAME
//       --password PW --size 1920x1080 --out DIR
//
// Writes DIR/sign-in.png (once), DIR/queue-all-open-WxH.png, DIR/queue-emergencies-WxH.png and
// DIR/console-<page>-WxH.png for the knowledge-base, training, feedback and both dashboard pages, and for an editor
// DIR/kb-review-WxH.png, DIR/kb-translation-stale-WxH.png and DIR/kb-editor-dialog-WxH.png; and
// DIR/change-password-WxH.png. For an admin (add
// --totp CODE, e.g. `oathtool --totp -b SECRET`) also DIR/admin-<page>-WxH.png for each page of the administration
// dialog.
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <cstdio>
#include <functional>

#include "core/ConsoleSession.h"
#include "core/KnowledgeBaseService.h"
#include "core/ServerConnection.h"
#include "core/Settings.h"
#include "core/TicketQueueService.h"
#include "hss/StdRandomSource.h"
#include "hss/SystemClock.h"
#include "ui/ChangePasswordDialog.h"
#include "ui/KbArticleEditorDialog.h"
#include "ui/KbArticleReader.h"
#include "ui/KnowledgeBaseWidget.h"
#include "ui/MainWindow.h"
#include "ui/SignInDialog.h"
#include "ui/TicketQueueWidget.h"
#include "ui/admin/AdminDialog.h"
#include "ui/admin/AdminPage.h"

using namespace hss::client;

namespace {

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return done();
}

void settle(int ms)
{
    waitFor([] { return false; }, ms);
}

/// Opens the first article for which \a wanted holds; false when none does.
bool openFirst(KnowledgeBaseWidget& page, const std::function<bool(const KbArticleView&)>& wanted)
{
    KnowledgeBaseService& service = *page.service();
    for (const hss::KbCategory category : hss::allKbCategories) {
        auto listed = service.browse(category);
        if (!waitFor([&] { return listed.isFinished(); }, 10000)) {
            return false;
        }
        for (const KbArticleSummary& summary : listed.result()) {
            auto opened = service.open(summary.id);
            if (waitFor([&] { return opened.isFinished(); }, 10000) && opened.result() && wanted(*opened.result())) {
                page.openArticle(summary.id);
                return true;
            }
        }
    }
    return false;
}

/// The editor's side of the knowledge base: an article waiting for its medical review with the workflow bar, a
/// translation that went out of date, and the editor dialog (for editors only).
void shootKnowledgeBaseEditing(QWidget& window, QTabWidget& workspace, const QDir& outDir, const QString& suffix)
{
    auto* page = window.findChild<KnowledgeBaseWidget*>();
    if (page == nullptr || page->editor() == nullptr) {
        return;
    }
    workspace.setCurrentWidget(page);
    const std::pair<const char*, std::function<bool(const KbArticleView&)>> shots[] = {
        {"kb-review", [](const KbArticleView& v) { return v.article.status == hss::ArticleStatus::MedicalReview; }},
        {"kb-translation-stale", [](const KbArticleView& v) { return v.isStaleTranslation(); }},
    };
    for (const auto& [name, wanted] : shots) {
        if (!openFirst(*page, wanted)) {
            std::fprintf(stderr, "no article for %s\n", name);
            continue;
        }
        settle(2000);
        window.grab().save(outDir.filePath(QString::fromLatin1(name) + suffix));
    }
    if (page->newArticleButton() != nullptr && page->newArticleButton()->isEnabled()) {
        page->newArticle();
        settle(500);
        if (auto* dialog = page->findChild<KbArticleEditorDialog*>()) {
            dialog->findChild<QLineEdit*>(QStringLiteral("kbEditTitle"))
                ->setText(QStringLiteral("Dictation outage at night"));
            dialog->findChild<QPlainTextEdit*>(QStringLiteral("kbEditBody"))
                ->setPlainText(QStringLiteral("<h2>When the dictation service is down</h2>\n<ol>\n<li>Switch the ward "
                                              "to typed notes.</li>\n<li>Open a ticket with priority High.</li>\n"
                                              "</ol>\n<p>See <a href=\"https://status.example.org\">the status "
                                              "page</a>.</p>"));
            dialog->findChild<QLineEdit*>(QStringLiteral("kbEditNote"))->setText(QStringLiteral("First draft"));
            settle(800);
            dialog->grab().save(outDir.filePath(QStringLiteral("kb-editor-dialog") + suffix));
            dialog->reject();
        }
    }
}

int fail(const char* what)
{
    std::fprintf(stderr, "screenshots: %s\n", what);
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Healthcare Support System"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/hss.svg")));
    QCommandLineParser parser;
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("url"), QStringLiteral("url"));
    const QCommandLineOption ca(QStringLiteral("ca"), QStringLiteral("file"), QStringLiteral("file"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("name"), QStringLiteral("name"));
    const QCommandLineOption password(QStringLiteral("password"), QStringLiteral("pw"), QStringLiteral("pw"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("WxH"), QStringLiteral("WxH"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("dir"), QStringLiteral("dir"));
    const QCommandLineOption totp(QStringLiteral("totp"), QStringLiteral("code"), QStringLiteral("code"));
    parser.addOptions({server, ca, user, password, size, out, totp});
    parser.process(app);
    const QStringList wh = parser.value(size).split(u'x');
    if (wh.size() != 2) {
        return fail("--size WxH");
    }
    const QSize windowSize(wh[0].toInt(), wh[1].toInt());
    const QDir outDir(parser.value(out));

    QTemporaryDir data;
    Settings settings(data.filePath(QStringLiteral("console.ini")));
    settings.set(Settings::Key::ServerUrl, parser.value(server));
    settings.set(Settings::Key::CaCertificateFile, parser.value(ca));
    settings.set(Settings::Key::LastUserName, parser.value(user));
    ServerConnection connection;
    QString error;
    if (!connection.configure(QUrl(parser.value(server)), parser.value(ca), &error)) {
        return fail(qPrintable(error));
    }
    connection.start();
    hss::SystemClock clock;
    hss::StdRandomSource random;
    ConsoleSession session(clock, random, data.filePath(QStringLiteral("data")));
    MainWindow window(&settings, &connection, &session, clock, parser.value(ca));
    window.setGeometry(QRect(QPoint(0, 0), windowSize));
    window.show();
    window.requestSignIn();
    SignInDialog* dialog = nullptr;
    if (!waitFor([&] { return (dialog = window.findChild<SignInDialog*>()) != nullptr && dialog->isVisible(); },
                 10000)) {
        return fail("no sign-in dialog");
    }
    dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(parser.value(password));
    settle(1500);
    const QString signInFile = outDir.filePath(QStringLiteral("sign-in.png"));
    if (!QFile::exists(signInFile)) {
        dialog->grab().save(signInFile);
    }
    dialog->findChild<QPushButton*>(QStringLiteral("signInButton"))->click();
    auto* totpEdit = dialog->findChild<QLineEdit*>(QStringLiteral("totpEdit"));
    if (parser.isSet(totp) && waitFor([&] { return totpEdit->isVisible(); }, 30000)) {
        totpEdit->setText(parser.value(totp));
        dialog->findChild<QPushButton*>(QStringLiteral("signInButton"))->click();
    }
    if (!waitFor([&] { return session.syncStatus().initialSyncDone; }, 120000)) {
        return fail("no initial sync");
    }
    auto* views = window.queueWidget()->findChild<QComboBox*>(QStringLiteral("queueViewCombo"));
    const QString suffix = QStringLiteral("-%1x%2.png").arg(windowSize.width()).arg(windowSize.height());
    const std::pair<const char*, const char*> shots[] = {{"All open", "queue-all-open"},
                                                         {"Medical emergencies", "queue-emergencies"}};
    for (const auto& [view, name] : shots) {
        views->setCurrentIndex(views->findText(QString::fromLatin1(view)));
        if (!waitFor([&] { return window.queueService()->totalCount() > 0; }, 30000)) {
            return fail("empty view");
        }
        settle(2000);
        window.grab().save(outDir.filePath(QString::fromLatin1(name) + suffix));
    }
    // The other workspace pages, on what the initial sync brought.
    QTabWidget* workspace = window.workspace();
    for (int tab = 1; tab < workspace->count(); ++tab) {
        workspace->setCurrentIndex(tab);
        settle(2000);
        if (auto* rateable = workspace->widget(tab)->findChild<QComboBox*>(QStringLiteral("rateableTickets"))) {
            if (!waitFor([&] { return rateable->isEnabled(); }, 15000)) {
                std::fprintf(stderr, "no rateable tickets on the feedback page\n");
            }
        }
        if (auto* dashboard = workspace->widget(tab)->findChild<QLabel*>(QStringLiteral("dashboardStatus"))) {
            if (!waitFor([&] { return dashboard->text().endsWith(QStringLiteral("read")); }, 30000)) {
                std::fprintf(stderr, "the dashboard did not finish computing\n");
            }
        }
        window.grab().save(
            outDir.filePath(QStringLiteral("console-%1%2").arg(workspace->widget(tab)->objectName(), suffix)));
    }
    shootKnowledgeBaseEditing(window, *workspace, outDir, suffix);
    // The user's own password change (File menu).
    if (auto* changePassword = window.findChild<QAction*>(QStringLiteral("actionChangePassword"))) {
        changePassword->trigger();
        settle(800);
        if (auto* passwordDialog = window.findChild<ChangePasswordDialog*>()) {
            passwordDialog->grab().save(outDir.filePath(QStringLiteral("change-password") + suffix));
            passwordDialog->reject();
        }
    }
    // The administration pages, for an admin.
    window.showAdministration();
    if (AdminDialog* admin = window.adminDialog()) {
        admin->resize(windowSize.boundedTo(QSize(1280, 760)) - QSize(40, 40));
        const char* pageNames[] = {"sla", "escalation", "users", "channels", "settings"};
        for (int page = 0; page < AdminDialog::PageCount; ++page) {
            admin->showPage(static_cast<AdminDialog::Page>(page));
            if (!waitFor([&] { return admin->page(static_cast<AdminDialog::Page>(page))->isLoaded(); }, 30000)) {
                std::fprintf(stderr, "admin page %s did not load\n", pageNames[page]);
            }
            settle(1000);
            admin->grab().save(
                outDir.filePath(QStringLiteral("admin-%1%2").arg(QString::fromLatin1(pageNames[page]), suffix)));
        }
        admin->close();
    }
    window.close();
    return 0;
}
