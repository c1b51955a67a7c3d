// SPDX-License-Identifier: MIT
// Renders the knowledge-base page with demo-like articles for docs/screenshots: the reader and the history diff.
// Usage: QT_QPA_PLATFORM=offscreen KbScreenshots <output folder>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include "KbTestSupport.h"
#include "core/KnowledgeBaseService.h"
#include "ui/KbArticleReader.h"
#include "ui/KbHistoryPanel.h"
#include "ui/KnowledgeBaseWidget.h"

using namespace hss;
using namespace hss::client;

namespace {

const char* const pumpV1 =
    "<h3>Symptoms</h3><p>The pump stops and shows <b>E-42 Occlusion downstream</b>. The alarm repeats every few "
    "minutes.</p><h3>What to do</h3><ol><li>Check the line for kinks and closed clamps.</li><li>Check the filter."
    "</li><li>Restart the infusion.</li></ol>";
const char* const pumpV2 =
    "<h3>Symptoms</h3><p>The pump stops and shows <b>E-42 Occlusion downstream</b>. The alarm repeats every two "
    "minutes until the line is cleared.</p><h3>What to do</h3><ol><li>Check the line for kinks, closed clamps and "
    "a blocked cannula.</li><li>Check the in-line filter.</li><li>Restart the infusion at the programmed rate.</li>"
    "<li>If the alarm returns within 10 minutes, replace the administration set and report the device.</li></ol>"
    "<p>See the <a href=\"https://docs.example.org/pumps/e42\">manufacturer's guide</a>.</p>";

void seed(test::EditorFixture& store)
{
    const Uuid pump = Uuid::createV7();
    test::storeArticle(store, "Infusion pump error E-42 (occlusion)", pumpV1, KbCategory::Troubleshooting,
                       ArticleStatus::Published, 1, pump);
    KbArticle current = test::storeArticle(store, "Infusion pump error E-42 (occlusion)", pumpV2,
                                           KbCategory::Troubleshooting, ArticleStatus::Published, 2, pump);
    current.helpfulVotes = 41;
    current.notHelpfulVotes = 3;
    current.videoUrl = "https://videos.example.org/training/pump-e42";
    current.contentType = KbContentType::Video;
    store.run<bool>([current](LocalStore& s) { return !KbRepository(s.database()).upsert(current); });
    test::storeArticle(store, "Bedside monitor freezes after the 4.2 update",
                       "<p>Hold the power button for 10 seconds, then reconnect the network cable.</p>",
                       KbCategory::Troubleshooting);
    test::storeArticle(store, "Printer in ward 3B prints blank labels",
                       "<p>Replace the ribbon and run the calibration from the printer menu.</p>",
                       KbCategory::Troubleshooting);
    test::storeArticle(store, "Lab results do not arrive in the patient chart",
                       "<p>Check the HL7 interface status page and the message queue.</p>", KbCategory::Troubleshooting,
                       ArticleStatus::Review);
    test::storeArticle(store, "Signing in for the first time", "<p>Use the invitation e-mail.</p>",
                       KbCategory::GettingStarted);
    test::storeArticle(store, "Your first shift in the console", "<p>Queues, tickets and the offline badge.</p>",
                       KbCategory::GettingStarted);
    test::storeArticle(store, "Medication reconciliation workflow", "<p>Step by step.</p>",
                       KbCategory::MedicalFeatures);
    test::storeArticle(store, "FHIR API: authentication", "<p>OAuth 2 client credentials.</p>",
                       KbCategory::ApiIntegration);
    test::storeArticle(store, "Writing clear handover notes", "<p>SBAR in practice.</p>", KbCategory::BestPractices);
    test::storeArticle(store, "HIPAA: access logging and retention", "<p>Audit entries are kept for six years.</p>",
                       KbCategory::Compliance);
}

bool openPumpArticle(KnowledgeBaseWidget& page, bool bySearch)
{
    QSignalSpy loaded(page.service(), &KnowledgeBaseService::articleLoaded);
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("kbSearch"));
    if (bySearch) {
        QTest::keyClicks(search, QStringLiteral("pump occlusion"));
        QTest::qWait(KnowledgeBaseWidget::searchDelayMs + 300);
        QTest::keyClick(search, Qt::Key_Return);
        return loaded.wait(10000);
    }
    QSignalSpy listed(page.service(), &KnowledgeBaseService::entriesChanged);
    page.findChild<QListWidget*>(QStringLiteral("kbCategories"))->setCurrentRow(3); // Troubleshooting
    if (!listed.wait(10000)) {
        return false;
    }
    auto* articles = page.findChild<QTableView*>(QStringLiteral("kbArticles"));
    for (int row = 0; row < articles->model()->rowCount(); ++row) {
        if (articles->model()->index(row, 0).data().toString().startsWith(QStringLiteral("Infusion pump"))) {
            articles->setCurrentIndex(articles->model()->index(row, 0));
        }
    }
    articles->setFocus();
    QTest::keyClick(articles, Qt::Key_Return);
    return loaded.wait(10000);
}

bool savePage(test::EditorFixture& store, const QSize& size, bool history, const QString& path)
{
    KnowledgeBaseWidget page(*store.session.worker(), *store.changes);
    page.reader()->setOpensLinks(false);
    page.resize(size);
    page.show();
    QTest::qWait(300);
    if (!openPumpArticle(page, history)) {
        return false;
    }
    if (history) {
        auto* panel = page.findChild<KbHistoryPanel*>();
        QSignalSpy shown(panel, &KbHistoryPanel::diffShown);
        page.findChild<QTabWidget*>(QStringLiteral("kbReaderTabs"))->setCurrentIndex(1);
        if (shown.isEmpty() && !shown.wait(10000)) {
            return false;
        }
    }
    QTest::qWait(200);
    return page.grab().save(path);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(out);
    test::EditorFixture store;
    if (!store.unlocked) {
        qCritical("could not unlock the demo store");
        return 1;
    }
    seed(store);
    bool ok = true;
    ok &= savePage(store, {1366, 768}, false, out + QStringLiteral("/kb-1366x768.png"));
    ok &= savePage(store, {1920, 1080}, false, out + QStringLiteral("/kb-1920x1080.png"));
    ok &= savePage(store, {1366, 768}, true, out + QStringLiteral("/kb-history-1366x768.png"));
    ok &= savePage(store, {1920, 1080}, true, out + QStringLiteral("/kb-history-1920x1080.png"));
    return ok ? 0 : 1;
}
