// SPDX-License-Identifier: MIT
// Knowledge-base editing in the console against the real hss-server over TLS (offscreen): an agent writes a clinical
// article and edits it, a supervisor sends it to medical review (publishing it directly is not offered), the agent
// cannot approve their own work, a medical agent publishes it; the history has every version with its text and an
// older one is restored as the next version; a translation goes out of date when its source changes and is brought
// up to date; a learner's console never receives the draft; a stale edit keeps what was typed.
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QtTest>

#include "DemoServer.h"
#include "core/ConsoleSession.h"
#include "core/KbEditorService.h"
#include "core/KnowledgeBaseService.h"
#include "core/StoreWorker.h"
#include "hss/StdRandomSource.h"
#include "hss/SystemClock.h"
#include "storage/KbRepository.h"
#include "storage/LocalStore.h"
#include "ui/KbArticleEditorDialog.h"
#include "ui/KbArticleReader.h"
#include "ui/KbEditorBar.h"
#include "ui/KbHistoryPanel.h"
#include "ui/KnowledgeBaseWidget.h"
#include "ui/MessageBox.h"
#include "ui/WorkspacePages.h"

using namespace hss;
using namespace hss::client;

namespace {

constexpr int waitMs = 30000;

using hss::test::await;

/// One signed-in console with its knowledge-base page.
struct Console
{
    std::unique_ptr<ConsoleSession> session;
    std::unique_ptr<KnowledgeBaseWidget> page;

    KnowledgeBaseService& reader() const { return *page->service(); }
    KbEditorBar* bar() const { return page->reader()->editorBar(); }
    /// The open article, or an empty one.
    KbArticle current() const { return reader().article() ? reader().article()->article : KbArticle {}; }
    bool stale() const { return reader().article() && reader().article()->isStaleTranslation(); }
    std::size_t versionCount() const { return reader().article() ? reader().article()->versions.size() : 0; }
};

KbArticleEditorDialog* openDialog(QWidget* page)
{
    KbArticleEditorDialog* found = nullptr;
    [[maybe_unused]] const bool shown = QTest::qWaitFor(
        [&] {
            for (QWidget* top : QApplication::topLevelWidgets()) {
                if (auto* dialog = qobject_cast<KbArticleEditorDialog*>(top); dialog && dialog->isVisible()) {
                    found = dialog;
                }
            }
            const auto children = page->findChildren<KbArticleEditorDialog*>();
            for (KbArticleEditorDialog* dialog : children) {
                if (dialog->isVisible()) {
                    found = dialog;
                }
            }
            return found != nullptr;
        },
        waitMs);
    return found;
}

void typeInto(QWidget* dialog, const char* name, const QString& text)
{
    if (auto* line = dialog->findChild<QLineEdit*>(QLatin1String(name))) {
        line->clear();
        QTest::keyClicks(line, text);
    } else if (auto* plain = dialog->findChild<QPlainTextEdit*>(QLatin1String(name))) {
        plain->setPlainText(text);
    }
}

/// Saves \a dialog and waits until it closed with the server's answer.
bool saveAndWait(KbArticleEditorDialog* dialog)
{
    QPointer<KbArticleEditorDialog> guard(dialog);
    dialog->save();
    return QTest::qWaitFor(
        [&] {
            const KbArticleEditorDialog* open = guard.data();
            return open == nullptr || open->isHidden();
        },
        waitMs);
}

} // namespace

class TestKbEditorConsole final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void clinicalArticleGoesThroughBothReviews();
    void historyKeepsEveryVersionAndRestores();
    void translationGoesStaleAndIsBroughtUpToDate();
    void learnersNeverReceiveDrafts();
    void staleEditKeepsWhatWasTyped();
    void articleBeingWrittenComesBackAfterLock();

private:
    Console console(const QString& user);
    bool clickStep(Console& console, ArticleStatus to);
    bool openArticle(Console& console, const Uuid& id);

    hss::test::DemoServer m_demo;
    QTemporaryDir m_dir;
    SystemClock m_clock;
    StdRandomSource m_random;
    Console m_agent;
    Console m_supervisor;
    Console m_medic;
    Uuid m_articleId;
};

void TestKbEditorConsole::initTestCase()
{
    QVERIFY2(m_demo.start(), qPrintable(m_demo.error()));
    m_agent = console(QStringLiteral("amir"));
    m_supervisor = console(QStringLiteral("sofia"));
    m_medic = console(QStringLiteral("maria"));
    QVERIFY(m_agent.page && m_supervisor.page && m_medic.page);
}

void TestKbEditorConsole::cleanupTestCase()
{
    for (Console* c : {&m_agent, &m_supervisor, &m_medic}) {
        c->page.reset();
        c->session.reset();
    }
}

Console TestKbEditorConsole::console(const QString& user)
{
    Console c;
    c.session = m_demo.signIn(user, m_dir.filePath(QStringLiteral("data-%1").arg(user)), m_clock, m_random);
    if (!c.session) {
        return c;
    }
    c.page = std::make_unique<KnowledgeBaseWidget>(*c.session->worker(), *c.session->changes(), c.session.get());
    c.page->resize(1366, 768);
    c.page->show();
    QObject::connect(c.session.get(), &ConsoleSession::storeChanged, c.page->service(),
                     &KnowledgeBaseService::articlesChanged);
    return c;
}

bool TestKbEditorConsole::openArticle(Console& c, const Uuid& id)
{
    // The article reaches another console by sync; ask for a pull instead of waiting for the long poll.
    return QTest::qWaitFor(
        [&] {
            if (c.current().id != id) {
                c.session->syncNow();
                await(c.reader().open(id), 5000);
            }
            return c.current().id == id;
        },
        waitMs);
}

bool TestKbEditorConsole::clickStep(Console& c, ArticleStatus to)
{
    QPushButton* step = c.bar() ? c.bar()->stepButton(to) : nullptr;
    if (step == nullptr || !step->isEnabled()) {
        return false;
    }
    step->click();
    return QTest::qWaitFor([&] { return c.current().status == to; }, waitMs);
}

void TestKbEditorConsole::clinicalArticleGoesThroughBothReviews()
{
    QPushButton* newArticle = m_agent.page->newArticleButton();
    QVERIFY(newArticle && newArticle->isEnabled());
    newArticle->click();
    KbArticleEditorDialog* dialog = openDialog(m_agent.page.get());
    QVERIFY(dialog);
    // A mistake is named at the field before anything is sent.
    typeInto(dialog, "kbEditTitle", QStringLiteral("Insulin pump alarms"));
    typeInto(dialog, "kbEditVideo", QStringLiteral("http://media.example.org/pump.mp4"));
    dialog->save();
    auto* problem = dialog->findChild<QLabel*>(QStringLiteral("kbEditError"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("Video link")), qPrintable(problem->text()));
    typeInto(dialog, "kbEditVideo", QString());
    auto* category = dialog->findChild<QComboBox*>(QStringLiteral("kbEditCategory"));
    category->setCurrentIndex(category->findData(static_cast<int>(KbCategory::MedicalFeatures)));
    typeInto(dialog, "kbEditBody", QStringLiteral("<p>Silence the alarm, then check the line.</p>"));
    QVERIFY(saveAndWait(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(m_agent.current().title == "Insulin pump alarms", waitMs);
    m_articleId = m_agent.current().id;
    QVERIFY(m_agent.current().status == ArticleStatus::Draft);
    QCOMPARE(m_agent.current().version, 1);

    // The agent edits the draft: version 2, with a note.
    QVERIFY(m_agent.bar()->editButton()->isEnabled());
    m_agent.bar()->editButton()->click();
    dialog = openDialog(m_agent.page.get());
    QVERIFY(dialog);
    typeInto(dialog, "kbEditBody", QStringLiteral("<p>Silence the alarm, check the line, then call the nurse.</p>"));
    typeInto(dialog, "kbEditNote", QStringLiteral("Added the escalation step"));
    QVERIFY(saveAndWait(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(m_agent.current().version == 2, waitMs);
    QCOMPARE(m_agent.current().title, std::string("Insulin pump alarms"));
    QVERIFY(clickStep(m_agent, ArticleStatus::Review));
    // An agent cannot take the next step of their own article.
    QVERIFY(!m_agent.bar()->stepButton(ArticleStatus::MedicalReview));

    QVERIFY(openArticle(m_supervisor, m_articleId));
    QTRY_VERIFY_WITH_TIMEOUT(m_supervisor.current().status == ArticleStatus::Review, waitMs);
    QVERIFY2(!m_supervisor.bar()->stepButton(ArticleStatus::Published),
             "a clinical article cannot be published without a medical review");
    QVERIFY(clickStep(m_supervisor, ArticleStatus::MedicalReview));

    QVERIFY(openArticle(m_medic, m_articleId));
    QTRY_VERIFY_WITH_TIMEOUT(m_medic.current().status == ArticleStatus::MedicalReview, waitMs);
    QVERIFY(clickStep(m_medic, ArticleStatus::Published));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            m_agent.session->syncNow();
            QTest::qWait(200);
            return m_agent.current().status == ArticleStatus::Published;
        }(),
        waitMs);
}

void TestKbEditorConsole::historyKeepsEveryVersionAndRestores()
{
    QVERIFY(!m_articleId.isNil());
    QVERIFY(openArticle(m_supervisor, m_articleId));
    // The supervisor's console never stored version 1 by itself: the server's history brings it.
    QTRY_VERIFY_WITH_TIMEOUT(m_supervisor.versionCount() >= 2, waitMs);
    const auto first = await(m_supervisor.session->worker()->run<std::optional<KbVersionText>>(
        [id = m_articleId](LocalStore& store) { return KbRepository(store.database()).versionText(id, 1); }));
    QVERIFY(first && *first);
    QCOMPARE((*first)->body, QStringLiteral("<p>Silence the alarm, then check the line.</p>"));

    KbHistoryPanel* history = m_supervisor.page->reader()->history();
    QTRY_VERIFY_WITH_TIMEOUT(!history->restoreButton()->isHidden() && history->restoreButton()->isEnabled(), waitMs);
    history->compare(1, 2);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    history->restoreButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_supervisor.current().version == 3, waitMs);
    QCOMPARE(m_supervisor.current().body, std::string("<p>Silence the alarm, then check the line.</p>"));
    // A restored published article goes through review again.
    QVERIFY(m_supervisor.current().status == ArticleStatus::Draft);
}

void TestKbEditorConsole::translationGoesStaleAndIsBroughtUpToDate()
{
    QVERIFY(!m_articleId.isNil());
    QVERIFY(openArticle(m_agent, m_articleId));
    QTRY_VERIFY_WITH_TIMEOUT(m_agent.current().version == 3, waitMs);
    m_agent.bar()->translateButton()->click();
    KbArticleEditorDialog* dialog = openDialog(m_agent.page.get());
    QVERIFY(dialog);
    typeInto(dialog, "kbEditLanguage", QStringLiteral("de"));
    typeInto(dialog, "kbEditTitle", QStringLiteral("Alarme der Insulinpumpe"));
    typeInto(dialog, "kbEditBody", QStringLiteral("<p>Alarm stummschalten, dann die Leitung prüfen.</p>"));
    QVERIFY(saveAndWait(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(m_agent.current().language == "de", waitMs);
    const Uuid translationId = m_agent.current().id;
    QCOMPARE(m_agent.current().translationOf, std::optional<Uuid>(m_articleId));
    QCOMPARE(m_agent.current().sourceVersion, std::optional<int>(3));
    auto* note = m_agent.page->reader()->findChild<QLabel*>(QStringLiteral("kbTranslationNote"));
    QVERIFY(note->isVisible());
    QVERIFY2(!note->text().contains(QStringLiteral("out of date")), qPrintable(note->text()));

    // The source changes: the translation is now out of date, on the source's list and on the translation.
    QVERIFY(openArticle(m_agent, m_articleId));
    m_agent.bar()->editButton()->click();
    dialog = openDialog(m_agent.page.get());
    QVERIFY(dialog);
    typeInto(dialog, "kbEditBody", QStringLiteral("<p>Silence the alarm and check the line within 2 minutes.</p>"));
    QVERIFY(saveAndWait(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(m_agent.current().version == 4, waitMs);
    QListWidget* translations = m_agent.page->reader()->translations();
    QTRY_VERIFY_WITH_TIMEOUT(
        translations->count() == 1 && translations->item(0)->text().contains(QStringLiteral("out of date")), waitMs);
    QVERIFY(openArticle(m_agent, translationId));
    QTRY_VERIFY_WITH_TIMEOUT(m_agent.stale(), waitMs);
    QVERIFY(note->text().contains(QStringLiteral("out of date")));

    m_agent.bar()->editButton()->click();
    dialog = openDialog(m_agent.page.get());
    QVERIFY(dialog);
    auto* upToDate = dialog->findChild<QCheckBox*>(QStringLiteral("kbEditUpToDate"));
    QVERIFY(upToDate && !upToDate->isHidden());
    upToDate->setChecked(true);
    typeInto(dialog, "kbEditBody",
             QStringLiteral("<p>Alarm stummschalten und die Leitung binnen 2 Minuten prüfen.</p>"));
    QVERIFY(saveAndWait(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(m_agent.current().sourceVersion == std::optional<int>(4), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_agent.stale(), waitMs);
}

void TestKbEditorConsole::learnersNeverReceiveDrafts()
{
    Console learner = console(QStringLiteral("liam"));
    QVERIFY(learner.page);
    QVERIFY2(learner.page->newArticleButton() == nullptr, "a learner cannot write articles");
    // A full pull has happened once the demo's published articles are there.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            learner.session->syncNow();
            QTest::qWait(200);
            const auto counts = await(learner.reader().loadCounts(), 5000);
            return counts && !counts->empty();
        }(),
        waitMs);
    const auto statuses = await(learner.session->worker()->run<std::vector<ArticleStatus>>([](LocalStore& store) {
        std::vector<ArticleStatus> found;
        KbRepository kb(store.database());
        for (const KbCategory category : allKbCategories) {
            for (const KbArticleSummary& s : kb.byCategory(category)) {
                found.push_back(s.status);
            }
        }
        return found;
    }));
    QVERIFY(statuses && !statuses->empty());
    for (const ArticleStatus status : *statuses) {
        QVERIFY2(status == ArticleStatus::Published, "a learner's console received an unpublished article");
    }
    learner.page.reset();
}

void TestKbEditorConsole::staleEditKeepsWhatWasTyped()
{
    QVERIFY(!m_articleId.isNil());
    QVERIFY(openArticle(m_agent, m_articleId));
    QVERIFY(openArticle(m_supervisor, m_articleId));
    QTRY_VERIFY_WITH_TIMEOUT(m_supervisor.current().version == m_agent.current().version, waitMs);
    const int before = m_agent.current().version;
    m_agent.bar()->editButton()->click();
    KbArticleEditorDialog* agentDialog = openDialog(m_agent.page.get());
    QVERIFY(agentDialog);
    const QString typed = QStringLiteral("<p>The agent's careful rewrite.</p>");
    typeInto(agentDialog, "kbEditBody", typed);
    // Meanwhile the supervisor saves a version.
    auto saved = await(m_supervisor.page->editor()->save(
        m_supervisor.current(),
        KbDraft {QString::fromStdString(m_supervisor.current().title), QStringLiteral("<p>The supervisor's fix.</p>"),
                 m_supervisor.current().category, m_supervisor.current().contentType, QStringLiteral("en"), QString(),
                 std::nullopt},
        QStringLiteral("Quick fix")));
    QVERIFY(saved && saved->ok());
    // Declining to save over it keeps the dialog open with the text.
    MessageBox::setNextAnswer(QMessageBox::No);
    agentDialog->save();
    QTRY_VERIFY_WITH_TIMEOUT(MessageBox::lastTitle().contains(QStringLiteral("Changed meanwhile")), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(agentDialog->findChild<QLabel*>(QStringLiteral("kbEditError"))->isVisible(), waitMs);
    QVERIFY(agentDialog->isVisible());
    QCOMPARE(agentDialog->draft().body, typed);
    // Accepting saves it as the next version; the supervisor's stays in the history.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(saveAndWait(agentDialog));
    QTRY_VERIFY_WITH_TIMEOUT(m_agent.current().version == before + 2, waitMs);
    QCOMPARE(QString::fromStdString(m_agent.current().body), typed);
}

void TestKbEditorConsole::articleBeingWrittenComesBackAfterLock()
{
    Console grace = console(QStringLiteral("grace"));
    QVERIFY(grace.session);
    grace.page.reset(); // the workspace makes its own page, as in the main window
    QTabWidget tabs;
    WorkspacePages pages(*grace.session, m_clock, tabs);
    QTRY_VERIFY(pages.knowledgeBase() != nullptr);
    QTRY_VERIFY(pages.knowledgeBase()->newArticleButton()->isEnabled());
    pages.knowledgeBase()->newArticleButton()->click();
    KbArticleEditorDialog* dialog = openDialog(pages.knowledgeBase());
    QVERIFY(dialog);
    const QString body = QStringLiteral("<p>Steps for the night shift when the dictation service is down.</p>");
    typeInto(dialog, "kbEditTitle", QStringLiteral("Dictation outage at night"));
    typeInto(dialog, "kbEditBody", body);
    typeInto(dialog, "kbEditNote", QStringLiteral("First draft"));

    grace.session->lock();
    QTRY_VERIFY(pages.knowledgeBase() == nullptr);
    const auto unlocked = await(grace.session->unlock(m_demo.password(QStringLiteral("grace"))));
    QVERIFY(unlocked && unlocked->code == UnlockOutcome::Code::Unlocked);
    QTRY_VERIFY(pages.knowledgeBase() != nullptr);
    dialog = openDialog(pages.knowledgeBase());
    QVERIFY(dialog);
    QCOMPARE(dialog->draft().title, QStringLiteral("Dictation outage at night"));
    QCOMPARE(dialog->draft().body, body);
    QCOMPARE(dialog->typed().note, QStringLiteral("First draft"));
    // Still saves: the reopened dialog works on the new page's service.
    QTRY_VERIFY_WITH_TIMEOUT(grace.session->state() == ConsoleSession::State::Online, waitMs);
    QVERIFY(saveAndWait(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(pages.knowledgeBase()->service()->article()
                                 && pages.knowledgeBase()->service()->article()->article.title
                                     == "Dictation outage at night",
                             waitMs);
}

QTEST_MAIN(TestKbEditorConsole)
#include "TestKbEditorConsole.moc"
