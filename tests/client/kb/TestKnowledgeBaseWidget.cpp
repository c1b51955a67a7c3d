// SPDX-License-Identifier: MIT
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QtTest>

#include <nlohmann/json.hpp>

#include "KbTestSupport.h"
#include "core/KnowledgeBaseService.h"
#include "ui/KbArticleReader.h"
#include "ui/KbHistoryPanel.h"
#include "ui/KnowledgeBaseWidget.h"
#include "ui/MessageBox.h"
#include "ui/models/KbArticleTableModel.h"

using namespace hss;
using namespace hss::client;

namespace {

constexpr int waitMs = 10000;

int rowOfCategory(QListWidget* list, KbCategory category)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toInt() == static_cast<int>(category)) {
            return row;
        }
    }
    return -1;
}

QStringList titlesIn(QTableView* view)
{
    QStringList titles;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        titles << view->model()->index(row, KbArticleTableModel::Title).data().toString();
    }
    return titles;
}

} // namespace

class TestKnowledgeBaseWidget final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void browsesACategoryWithCounts();
    void searchFindsABodyWordAndEnterOpensIt();
    void ctrlFFocusesTheSearch();
    void voteOfflineIsShownAndQueuedOnce();
    void changeOfMindReplacesTheVote();
    void historyShowsTheChangedWords();
    void bodyIsSanitisedAndLinksOpenOnlyOnClick();
    void syncedChangesReloadThePage();

private:
    void makePage();
    void openFirst(const QString& title);

    std::unique_ptr<test::EditorFixture> m_store;
    std::unique_ptr<KnowledgeBaseWidget> m_page;
    KbArticle m_pump;
    KbArticle m_draft;
    KbArticle m_audit;
};

void TestKnowledgeBaseWidget::init()
{
    m_store = std::make_unique<test::EditorFixture>();
    QVERIFY(m_store->unlocked);
    m_pump = test::storeArticle(*m_store, "Infusion pump shows error E-42",
                                "<p>The <b>occlusion</b> sensor reports a blocked line. Check the tubing.</p>",
                                KbCategory::Troubleshooting);
    m_draft = test::storeArticle(*m_store, "Monitor freezes after update", "<p>Restart the bedside monitor.</p>",
                                 KbCategory::Troubleshooting, ArticleStatus::Draft);
    m_audit = test::storeArticle(*m_store, "Audit log retention", "<p>Audit entries are kept for ten years.</p>",
                                 KbCategory::Compliance);
    QVERIFY(!m_pump.id.isNil() && !m_draft.id.isNil() && !m_audit.id.isNil());
}

void TestKnowledgeBaseWidget::cleanup()
{
    m_page.reset();
    m_store.reset();
}

void TestKnowledgeBaseWidget::makePage()
{
    // A failed vote would ask through a message box: answer it, so the failure shows as a wrong text, not a hang.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_page = std::make_unique<KnowledgeBaseWidget>(*m_store->session.worker(), *m_store->changes);
    m_page->reader()->setOpensLinks(false);
    m_page->resize(1366, 768);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestKnowledgeBaseWidget::openFirst(const QString& title)
{
    auto* categories = m_page->findChild<QListWidget*>(QStringLiteral("kbCategories"));
    auto* articles = m_page->findChild<QTableView*>(QStringLiteral("kbArticles"));
    categories->setCurrentRow(rowOfCategory(categories, KbCategory::Troubleshooting));
    QTRY_VERIFY_WITH_TIMEOUT(titlesIn(articles).contains(title), waitMs);
    articles->setCurrentIndex(articles->model()->index(static_cast<int>(titlesIn(articles).indexOf(title)), 0));
    articles->setFocus();
    QTest::keyClick(articles, Qt::Key_Return);
    auto* heading = m_page->findChild<QLabel*>(QStringLiteral("kbTitle"));
    QTRY_COMPARE_WITH_TIMEOUT(heading->text(), title, waitMs);
}

void TestKnowledgeBaseWidget::browsesACategoryWithCounts()
{
    makePage();
    auto* categories = m_page->findChild<QListWidget*>(QStringLiteral("kbCategories"));
    auto* articles = m_page->findChild<QTableView*>(QStringLiteral("kbArticles"));
    QVERIFY(categories && articles);
    QAbstractItemModelTester tester(articles->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    const int troubleshooting = rowOfCategory(categories, KbCategory::Troubleshooting);
    QTRY_COMPARE_WITH_TIMEOUT(categories->item(troubleshooting)->text(), QStringLiteral("Troubleshooting (2)"), waitMs);
    QCOMPARE(categories->item(rowOfCategory(categories, KbCategory::Compliance))->text(),
             QStringLiteral("Compliance (1)"));
    QCOMPARE(categories->item(rowOfCategory(categories, KbCategory::ApiIntegration))->text(),
             QStringLiteral("API integration (0)"));

    categories->setCurrentRow(troubleshooting);
    QTRY_COMPARE_WITH_TIMEOUT(articles->model()->rowCount(), 2, waitMs);
    // By title; the draft is listed with its status so nobody takes it for published guidance.
    QCOMPARE(titlesIn(articles), (QStringList {"Infusion pump shows error E-42", "Monitor freezes after update"}));
    QCOMPARE(articles->model()->index(0, KbArticleTableModel::Status).data().toString(), QStringLiteral("Published"));
    QCOMPARE(articles->model()->index(1, KbArticleTableModel::Status).data().toString(), QStringLiteral("Draft"));
    // The first article is shown at once, so the reader is never empty next to a selected row.
    QTRY_COMPARE_WITH_TIMEOUT(m_page->findChild<QLabel*>(QStringLiteral("kbTitle"))->text(),
                              QStringLiteral("Infusion pump shows error E-42"), waitMs);

    categories->setCurrentRow(rowOfCategory(categories, KbCategory::Compliance));
    QTRY_COMPARE_WITH_TIMEOUT(titlesIn(articles), QStringList {"Audit log retention"}, waitMs);
}

void TestKnowledgeBaseWidget::searchFindsABodyWordAndEnterOpensIt()
{
    makePage();
    auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("kbSearch"));
    auto* articles = m_page->findChild<QTableView*>(QStringLiteral("kbArticles"));
    QAbstractItemModelTester tester(articles->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    search->setFocus();
    // "occlusion" is only in the body, and typed in part: the last word is a prefix.
    QTest::keyClicks(search, QStringLiteral("occlus"));
    QTRY_COMPARE_WITH_TIMEOUT(titlesIn(articles), QStringList {"Infusion pump shows error E-42"}, waitMs);
    QVERIFY(!articles->isColumnHidden(KbArticleTableModel::Match));
    QVERIFY(articles->model()
                ->index(0, KbArticleTableModel::Match)
                .data()
                .toString()
                .contains(QStringLiteral("[occlusion]")));

    QTest::keyClick(search, Qt::Key_Return);
    auto* heading = m_page->findChild<QLabel*>(QStringLiteral("kbTitle"));
    QTRY_COMPARE_WITH_TIMEOUT(heading->text(), QStringLiteral("Infusion pump shows error E-42"), waitMs);
    auto* body = m_page->findChild<QTextBrowser*>(QStringLiteral("kbBody"));
    QVERIFY(body->toPlainText().contains(QStringLiteral("occlusion sensor reports a blocked line")));
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("kbMeta"))->text().contains(QStringLiteral("version 1")));

    // A word in no article empties the list; clearing the search lists the category again.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("defibrillator"));
    QTRY_COMPARE_WITH_TIMEOUT(articles->model()->rowCount(), 0, waitMs);
}

void TestKnowledgeBaseWidget::ctrlFFocusesTheSearch()
{
    makePage();
    auto* articles = m_page->findChild<QTableView*>(QStringLiteral("kbArticles"));
    auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("kbSearch"));
    articles->setFocus();
    QTRY_VERIFY(articles->hasFocus());
    QTest::keyClick(articles, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    for (QWidget* widget : m_page->findChildren<QWidget*>()) {
        if (widget->objectName().startsWith(QStringLiteral("kb")) && widget->focusPolicy() != Qt::NoFocus
            && qobject_cast<QLabel*>(widget) == nullptr) {
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }
}

void TestKnowledgeBaseWidget::voteOfflineIsShownAndQueuedOnce()
{
    makePage();
    openFirst(QStringLiteral("Infusion pump shows error E-42"));
    auto* helpful = m_page->findChild<QPushButton*>(QStringLiteral("kbHelpful"));
    auto* ownVote = m_page->findChild<QLabel*>(QStringLiteral("kbOwnVote"));
    QCOMPARE(ownVote->text(), QStringLiteral("You have not voted."));
    QCOMPARE(helpful->text(), QStringLiteral("Helpful (0)"));

    QTest::mouseClick(helpful, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(ownVote->text() == QStringLiteral("You found it helpful."),
                              qPrintable(MessageBox::lastText()), waitMs);
    QVERIFY(helpful->isChecked());
    QCOMPARE(helpful->text(), QStringLiteral("Helpful (1)"));

    const auto outbox = m_store->outbox();
    QCOMPARE(outbox.size(), std::size_t {1});
    QCOMPARE(outbox.front().entity, QStringLiteral("kb_vote"));
    QCOMPARE(outbox.front().kind, QStringLiteral("create"));
    QCOMPARE(outbox.front().entityId, QString::fromStdString(m_pump.id.toString()));
    const auto mutation = nlohmann::json::parse(outbox.front().payload.toStdString());
    QCOMPARE(mutation.at("fields"), (nlohmann::json {{"article_id", m_pump.id.toString()}, {"helpful", true}}));

    // The same vote again changes nothing and queues nothing.
    QTest::mouseClick(helpful, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(helpful->isChecked(), waitMs);
    QTest::qWait(50);
    QCOMPARE(m_store->outbox().size(), std::size_t {1});
    QCOMPARE(helpful->text(), QStringLiteral("Helpful (1)"));
}

void TestKnowledgeBaseWidget::changeOfMindReplacesTheVote()
{
    makePage();
    openFirst(QStringLiteral("Infusion pump shows error E-42"));
    auto* helpful = m_page->findChild<QPushButton*>(QStringLiteral("kbHelpful"));
    auto* notHelpful = m_page->findChild<QPushButton*>(QStringLiteral("kbNotHelpful"));
    auto* ownVote = m_page->findChild<QLabel*>(QStringLiteral("kbOwnVote"));
    QTest::mouseClick(helpful, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ownVote->text(), QStringLiteral("You found it helpful."), waitMs);

    QTest::mouseClick(notHelpful, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ownVote->text(), QStringLiteral("You found it not helpful."), waitMs);
    QVERIFY(notHelpful->isChecked());
    QVERIFY(!helpful->isChecked());
    QCOMPARE(helpful->text(), QStringLiteral("Helpful (0)"));
    QCOMPARE(notHelpful->text(), QStringLiteral("Not helpful (1)"));
    const auto outbox = m_store->outbox();
    QCOMPARE(outbox.size(), std::size_t {1}); // the unsent vote was replaced, not queued behind
    const auto mutation = nlohmann::json::parse(outbox.front().payload.toStdString());
    QCOMPARE(mutation.at("fields").at("helpful"), nlohmann::json(false));

    // The vote is the store's, not the page's: a new page shows it too.
    m_page.reset();
    makePage();
    openFirst(QStringLiteral("Infusion pump shows error E-42"));
    QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("kbOwnVote"))->text(),
             QStringLiteral("You found it not helpful."));
}

void TestKnowledgeBaseWidget::historyShowsTheChangedWords()
{
    KbArticle next = m_pump;
    next.version = 2;
    next.body = "<p>The <b>pressure</b> sensor reports a blocked line. Check the tubing. Then check the clamp.</p>";
    next.updatedAt += test::hourMs;
    QVERIFY(m_store->run<bool>([next](LocalStore& s) { return !KbRepository(s.database()).upsert(next); }));
    makePage();
    openFirst(QStringLiteral("Infusion pump shows error E-42"));
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("kbMeta"))->text().contains(QStringLiteral("version 2")));

    auto* tabs = m_page->findChild<QTabWidget*>(QStringLiteral("kbReaderTabs"));
    auto* history = m_page->findChild<KbHistoryPanel*>();
    QSignalSpy shown(history, &KbHistoryPanel::diffShown);
    tabs->setCurrentIndex(1);
    auto* older = m_page->findChild<QComboBox*>(QStringLiteral("kbDiffOlder"));
    auto* newer = m_page->findChild<QComboBox*>(QStringLiteral("kbDiffNewer"));
    QCOMPARE(older->count(), 2);
    QCOMPARE(older->currentData().toInt(), 1);
    QCOMPARE(newer->currentData().toInt(), 2);
    auto* diff = m_page->findChild<QTextBrowser*>(QStringLiteral("kbDiff"));
    QTRY_VERIFY_WITH_TIMEOUT(diff->toPlainText().contains(QStringLiteral("pressure")), waitMs);
    const QString html = diff->toHtml();
    static const QRegularExpression deleted(QStringLiteral("line-through[^>]*>occlusion"));
    static const QRegularExpression inserted(QStringLiteral("underline[^>]*>pressure"));
    static const QRegularExpression insertedEnd(QStringLiteral("underline[^>]*>Then check the clamp"));
    QVERIFY2(deleted.match(html).hasMatch(), qPrintable(html));
    QVERIFY2(inserted.match(html).hasMatch(), qPrintable(html));
    QVERIFY2(insertedEnd.match(html).hasMatch(), qPrintable(html));
    static const QRegularExpression unchanged(QStringLiteral("(underline|line-through)[^>]*>[^<]*tubing"));
    QVERIFY(!unchanged.match(html).hasMatch());
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("kbDiffSummary"))->text().contains(QStringLiteral("version 2")));
}

void TestKnowledgeBaseWidget::bodyIsSanitisedAndLinksOpenOnlyOnClick()
{
    KbArticle risky = test::storeArticle(
        *m_store, "Pump manual links",
        "<p onclick=\"alert('x')\">See the <a href=\"https://docs.example/pump\">manual</a>.</p>"
        "<script>document.title='owned'</script><img src=\"https://tracker.example/p.png\" alt=\"panel\">",
        KbCategory::Troubleshooting);
    risky.videoUrl = "https://video.example/pump";
    QVERIFY(m_store->run<bool>([risky](LocalStore& s) { return !KbRepository(s.database()).upsert(risky); }));
    makePage();
    QSignalSpy links(m_page->reader(), &KbArticleReader::linkRequested);
    openFirst(QStringLiteral("Pump manual links"));
    auto* body = m_page->findChild<QTextBrowser*>(QStringLiteral("kbBody"));
    const QString html = body->toHtml();
    QVERIFY(!html.contains(QStringLiteral("owned")));
    QVERIFY(!html.contains(QStringLiteral("alert")));
    QVERIFY(!html.contains(QStringLiteral("tracker.example")));
    QVERIFY(body->toPlainText().contains(QStringLiteral("[panel]")));
    QVERIFY(html.contains(QStringLiteral("https://docs.example/pump")));
    QVERIFY(!body->openLinks());
    QCOMPARE(links.count(), 0); // nothing opened by showing the article
    auto* video = m_page->findChild<QLabel*>(QStringLiteral("kbVideo"));
    QVERIFY(video->isVisible());
    QVERIFY(video->text().contains(QStringLiteral("https://video.example/pump")));
    emit video->linkActivated(QStringLiteral("https://video.example/pump"));
    QCOMPARE(links.count(), 1);
    emit body->anchorClicked(QUrl(QStringLiteral("javascript:alert(1)")));
    QCOMPARE(links.count(), 1);
}

void TestKnowledgeBaseWidget::syncedChangesReloadThePage()
{
    makePage();
    openFirst(QStringLiteral("Infusion pump shows error E-42"));
    auto* categories = m_page->findChild<QListWidget*>(QStringLiteral("kbCategories"));
    const int troubleshooting = rowOfCategory(categories, KbCategory::Troubleshooting);
    QTRY_COMPARE_WITH_TIMEOUT(categories->item(troubleshooting)->text(), QStringLiteral("Troubleshooting (2)"), waitMs);

    KbArticle renamed = m_pump;
    renamed.title = "Infusion pump error E-42 (occlusion)";
    renamed.version = 2;
    renamed.helpfulVotes = 7;
    QVERIFY(m_store->run<bool>([renamed](LocalStore& s) { return !KbRepository(s.database()).upsert(renamed); }));
    test::storeArticle(*m_store, "Ventilator alarm codes", "<p>Codes.</p>", KbCategory::Troubleshooting);
    m_page->service()->articlesChanged();

    auto* heading = m_page->findChild<QLabel*>(QStringLiteral("kbTitle"));
    QTRY_COMPARE_WITH_TIMEOUT(heading->text(), QStringLiteral("Infusion pump error E-42 (occlusion)"), waitMs);
    QCOMPARE(m_page->findChild<QPushButton*>(QStringLiteral("kbHelpful"))->text(), QStringLiteral("Helpful (7)"));
    QTRY_COMPARE_WITH_TIMEOUT(categories->item(troubleshooting)->text(), QStringLiteral("Troubleshooting (3)"), waitMs);
    auto* articles = m_page->findChild<QTableView*>(QStringLiteral("kbArticles"));
    QTRY_VERIFY_WITH_TIMEOUT(titlesIn(articles).contains(QStringLiteral("Ventilator alarm codes")), waitMs);

    // An article the sync removed: the reader says so instead of showing stale text.
    const Uuid id = m_pump.id;
    QVERIFY(m_store->run<bool>([id](LocalStore& s) { return !KbRepository(s.database()).remove(id); }));
    m_page->service()->articlesChanged();
    QTRY_COMPARE_WITH_TIMEOUT(heading->text(), QStringLiteral("This article is no longer available."), waitMs);
    QVERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("kbHelpful"))->isEnabled());
}

QTEST_MAIN(TestKnowledgeBaseWidget)
#include "TestKnowledgeBaseWidget.moc"
