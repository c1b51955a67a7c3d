// SPDX-License-Identifier: MIT
#include <QtTest>

#include "SyncCodecSamples.h"
#include "hss/Comment.h"
#include "hss/Course.h"
#include "hss/JsonTextWriter.h"
#include "hss/KbArticle.h"

Q_DECLARE_METATYPE(hss::sync::PullPage)

using namespace hss::test::sync_samples; // NOLINT(google-build-using-namespace)

namespace {

hsync::Change change(hsync::SyncEntity entity, unsigned n, std::int64_t sequence, json data)
{
    hsync::Change change;
    change.entity = entity;
    change.id = id(n);
    change.sequence = sequence;
    change.revision = 3;
    change.hlc = hlc(t0 + sequence, 2, "server");
    change.data = std::move(data);
    return change;
}

/// A page with every kind of row an initial sync carries: tickets with and without clocks (unicode in the text),
/// tombstones of several entities, comments with quotes, control characters and backslashes, a KB article with HTML,
/// a course with modules, and a personal row.
hsync::PullPage mixedPage()
{
    hsync::PullPage page;
    page.changes.push_back(ticketChange(10));
    page.changes.push_back(slaTicketChange(11));
    hss::sla::SlaReport paused = slaReport();
    paused.clocks[2].paused = true;
    paused.clocks[2].dueAt.reset();
    paused.clocks[2].upcoming.clear();
    paused.clocks[0].policyId = "emergency \"night\" \\ µ";
    hsync::Change pausedTicket = ticketChange(12);
    pausedTicket.id = id(101);
    pausedTicket.sla = paused;
    page.changes.push_back(pausedTicket);
    page.changes.push_back(tombstone(13));

    hss::Comment comment;
    comment.id = id(400);
    comment.ticketId = id(100);
    comment.authorId = id(7);
    comment.body = "Called back, \"fixed\"\nthanks\t\\ \x01 done – 👍";
    comment.createdAt = t0 + 5000;
    page.changes.push_back(change(hsync::SyncEntity::Comment, 400, 14, hss::toJson(comment)));

    hss::KbArticle article;
    article.id = id(500);
    article.title = "Réinitialiser le mot de passe";
    article.body = "<p>Étape 1: <a href=\"https://example.org/?a=1&b=2\">lien</a></p>\r\n";
    article.status = hss::ArticleStatus::Published;
    article.language = "fr";
    article.updatedAt = t0;
    article.authorId = id(8);
    article.editedBy = id(9);
    page.changes.push_back(change(hsync::SyncEntity::KbArticle, 500, 15, hss::toJson(article)));

    hss::Course course;
    course.id = id(600);
    course.title = "Dosing safety";
    course.description = "Units: mg, µg; \"never\" guess.";
    course.learningPath = hss::LearningPath::HealthcareProfessional;
    course.modules = {hss::CourseModule {id(601), "Units", 0, 15}, hss::CourseModule {id(602), "Checks", 1, 20}};
    page.changes.push_back(change(hsync::SyncEntity::Course, 600, 16, hss::toJson(course)));

    hsync::Change deletedTicket = ticketChange(17);
    deletedTicket.id = id(102);
    deletedTicket.deleted = true;
    deletedTicket.data = nullptr;
    page.changes.push_back(deletedTicket);
    page.changes.push_back(change(hsync::SyncEntity::Enrollment, 700, 18, json {{"any", {{"shape", "ok"}}}}));

    page.cursor = "s18";
    page.hasMore = true;
    page.serverHlc = hlc(t0 + 9000, 0, "server");
    return page;
}

} // namespace

class TestPullPageText final : public QObject
{
    Q_OBJECT

private slots:
    void sameBytesAsTheDom_data();
    void sameBytesAsTheDom();
    void decodesToTheSamePage();
    void movedDomEqualsCopiedDom();
    void invalidUtf8IsReplacedAsTheDomDoes();
    void compactClocksSameAsTheirDom();
};

void TestPullPageText::sameBytesAsTheDom_data()
{
    QTest::addColumn<hsync::PullPage>("page");

    QTest::newRow("every kind of row") << mixedPage();
    QTest::newRow("sample page") << page();
    QTest::newRow("empty last page") << hsync::PullPage {{}, "s0", false, hlc(t0, 0, "server")};
}

void TestPullPageText::sameBytesAsTheDom()
{
    QFETCH(hsync::PullPage, page);

    const std::string streamed = hsync::pullPageText(page);
    QCOMPARE(QString::fromStdString(streamed), QString::fromStdString(hss::toJsonText(hsync::toJson(page))));
    // The same document, not only the same text: parsed back it equals the DOM path's object.
    QVERIFY(json::parse(streamed) == hsync::toJson(page));
}

void TestPullPageText::decodesToTheSamePage()
{
    const hsync::PullPage page = mixedPage();
    const auto decoded = hss::decodeJsonText(hsync::pullPageText(page), &hsync::pullPageFromJson);
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : hss::describe(decoded.error()).c_str());
    QVERIFY(decoded.value() == page);
}

void TestPullPageText::movedDomEqualsCopiedDom()
{
    hsync::PullPage page = mixedPage();
    const json copied = hsync::toJson(page);
    QCOMPARE(hsync::toJson(std::move(page)), copied);
    QCOMPARE(hsync::toJson(slaTicketChange()), hsync::toJson(hsync::Change(slaTicketChange())));
}

void TestPullPageText::invalidUtf8IsReplacedAsTheDomDoes()
{
    // Rows are stored text; one with a broken byte must still give the same answer on both paths.
    hsync::PullPage page = mixedPage();
    page.changes.front().data["title"] = std::string("bad \xff byte");
    const std::string streamed = hsync::pullPageText(page);
    QCOMPARE(QByteArray::fromStdString(streamed), QByteArray::fromStdString(hss::toJsonText(hsync::toJson(page))));
    QVERIFY(streamed.find("bad \xef\xbf\xbd byte") != std::string::npos);
}

void TestPullPageText::compactClocksSameAsTheirDom()
{
    hss::sla::SlaReport report = slaReport();
    report.clocks[1].upcoming = {
        hss::sla::SlaEvent {hss::sla::SlaClockKind::NextUpdate, hss::sla::SlaEventKind::Warning, 1, t0 + 1, t0},
        hss::sla::SlaEvent {hss::sla::SlaClockKind::NextUpdate, hss::sla::SlaEventKind::Escalation, 2, t0 + 2, t0}};
    hss::JsonTextWriter out;
    hss::sla::writeCompactJson(out, report);
    QCOMPARE(QString::fromStdString(out.text()),
             QString::fromStdString(hss::toJsonText(hss::sla::toCompactJson(report))));
}

QTEST_GUILESS_MAIN(TestPullPageText)
#include "TestPullPageText.moc"
