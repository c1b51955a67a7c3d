// SPDX-License-Identifier: MIT
#include <QtTest>

#include "core/KnowledgeBaseDiff.h"
#include "core/KnowledgeBaseHtml.h"

using hss::client::KnowledgeBaseDiff;
using hss::client::KnowledgeBaseHtml;
using Kind = KnowledgeBaseDiff::Kind;

namespace {

QString textOf(const std::vector<KnowledgeBaseDiff::Piece>& pieces, Kind kind)
{
    QString text;
    for (const auto& piece : pieces) {
        if (piece.kind == kind) {
            text += piece.text;
        }
    }
    return text.simplified();
}

} // namespace

class TestKnowledgeBaseText final : public QObject
{
    Q_OBJECT

private slots:
    void diffMarksChangedWords_data();
    void diffMarksChangedWords();
    void diffRebuildsBothTexts();
    void diffHtmlMarksAndEscapes();
    void sanitizerDropsScriptsAndHandlers_data();
    void sanitizerDropsScriptsAndHandlers();
    void sanitizerKeepsFormattingAndSafeLinks();
    void plainTextForTheDiff();
};

void TestKnowledgeBaseText::diffMarksChangedWords_data()
{
    QTest::addColumn<QString>("older");
    QTest::addColumn<QString>("newer");
    QTest::addColumn<QString>("deleted");
    QTest::addColumn<QString>("inserted");

    QTest::newRow("same text") << "Restart the pump."
                               << "Restart the pump."
                               << ""
                               << "";
    QTest::newRow("word replaced") << "Restart the infusion pump twice."
                                   << "Restart the syringe pump twice."
                                   << "infusion"
                                   << "syringe";
    QTest::newRow("words inserted") << "Open settings."
                                    << "Open the device settings."
                                    << ""
                                    << "the device";
    QTest::newRow("words deleted") << "Press and hold the red button."
                                   << "Press the red button."
                                   << "and hold"
                                   << "";
    QTest::newRow("from nothing") << ""
                                  << "New article text"
                                  << ""
                                  << "New article text";
    QTest::newRow("to nothing") << "Old text"
                                << ""
                                << "Old text"
                                << "";
    QTest::newRow("two separate edits") << "Step one: log in. Step two: open the ward view."
                                        << "Step one: sign in. Step two: open the patient view."
                                        << "log ward"
                                        << "sign patient";
}

void TestKnowledgeBaseText::diffMarksChangedWords()
{
    QFETCH(QString, older);
    QFETCH(QString, newer);
    QFETCH(QString, deleted);
    QFETCH(QString, inserted);

    const auto pieces = KnowledgeBaseDiff::compare(older, newer);
    QCOMPARE(textOf(pieces, Kind::Deleted).split(QLatin1Char(' '), Qt::SkipEmptyParts).join(QLatin1Char(' ')), deleted);
    QCOMPARE(textOf(pieces, Kind::Inserted), inserted);
}

void TestKnowledgeBaseText::diffRebuildsBothTexts()
{
    const QString older = QStringLiteral("Check the cable.\nThen restart the monitor and wait.");
    const QString newer = QStringLiteral("Check the power cable.\nThen restart the monitor.");
    QString rebuiltOld;
    QString rebuiltNew;
    for (const auto& piece : KnowledgeBaseDiff::compare(older, newer)) {
        if (piece.kind != Kind::Inserted) {
            rebuiltOld += piece.text;
        }
        if (piece.kind != Kind::Deleted) {
            rebuiltNew += piece.text;
        }
    }
    // Words survive exactly; only the spacing after a word may come from the other text.
    QCOMPARE(rebuiltOld.simplified(), older.simplified());
    QCOMPARE(rebuiltNew, newer);
}

void TestKnowledgeBaseText::diffHtmlMarksAndEscapes()
{
    const QString html = KnowledgeBaseDiff::toHtml(
        KnowledgeBaseDiff::compare(QStringLiteral("use <b> tags"), QStringLiteral("use <i> tags")));
    QVERIFY2(html.contains(QStringLiteral("line-through\">&lt;b&gt;")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("underline\">&lt;i&gt;")), qPrintable(html));
    QVERIFY(!html.contains(QStringLiteral("<b>")));
}

void TestKnowledgeBaseText::sanitizerDropsScriptsAndHandlers_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("forbidden");
    QTest::addColumn<QString>("kept");

    QTest::newRow("script element") << "<p>Before</p><script>alert('x')</script><p>After</p>"
                                    << "alert"
                                    << "<p>Before</p><p>After</p>";
    QTest::newRow("script in capitals") << "<SCRIPT type=\"text/javascript\">steal()</SCRIPT>ok"
                                        << "steal"
                                        << "ok";
    QTest::newRow("onclick handler") << "<p onclick=\"steal()\">Text</p>"
                                     << "onclick"
                                     << "<p>Text</p>";
    QTest::newRow("onerror with single quotes") << "<span onerror='x()' title='t'>A</span>"
                                                << "onerror"
                                                << "<span title=\"t\">A</span>";
    QTest::newRow("javascript link") << "<a href=\"javascript:steal()\">click</a>"
                                     << "javascript"
                                     << "<a>click</a>";
    QTest::newRow("remote image") << "<img src=\"https://tracker.example/pixel.png\" alt=\"Pump panel\">"
                                  << "tracker"
                                  << "[Pump panel]";
    QTest::newRow("iframe") << "<iframe src=\"https://evil.example\">fallback</iframe>Rest"
                            << "evil"
                            << "Rest";
    QTest::newRow("style element") << "<style>body{background:url(https://x.example)}</style>Body"
                                   << "x.example"
                                   << "Body";
    QTest::newRow("style attribute") << "<div style=\"background:url(https://x.example/a)\">D</div>"
                                     << "x.example"
                                     << "<div>D</div>";
    QTest::newRow("comment") << "A<!-- <script>alert(1)</script> -->B"
                             << "alert"
                             << "AB";
    QTest::newRow("gt inside a quoted value") << "<p title=\"a>b\" onmouseover=\"x()\">T</p>"
                                              << "onmouseover"
                                              << "<p title=\"a&gt;b\">T</p>";
    QTest::newRow("unclosed script") << "Text<script>forever"
                                     << "forever"
                                     << "Text";
}

void TestKnowledgeBaseText::sanitizerDropsScriptsAndHandlers()
{
    QFETCH(QString, html);
    QFETCH(QString, forbidden);
    QFETCH(QString, kept);

    const QString clean = KnowledgeBaseHtml::sanitize(html);
    QVERIFY2(!clean.contains(forbidden, Qt::CaseInsensitive), qPrintable(clean));
    QVERIFY2(!clean.contains(QStringLiteral("<script"), Qt::CaseInsensitive), qPrintable(clean));
    QCOMPARE(clean, kept);
}

void TestKnowledgeBaseText::sanitizerKeepsFormattingAndSafeLinks()
{
    const QString html = QStringLiteral("<h2>Setup</h2><p>Use <b>bold</b> and <em>care</em>.</p>"
                                        "<ul><li>One</li></ul><a href=\"https://docs.example/pump\">Manual</a>"
                                        "<a href='mailto:help@example.org'>Mail</a><table><tr><td colspan=\"2\">X</td>"
                                        "</tr></table>");
    QCOMPARE(
        KnowledgeBaseHtml::sanitize(html),
        QStringLiteral("<h2>Setup</h2><p>Use <b>bold</b> and <em>care</em>.</p><ul><li>One</li></ul>"
                       "<a href=\"https://docs.example/pump\">Manual</a><a href=\"mailto:help@example.org\">Mail</a>"
                       "<table><tr><td colspan=\"2\">X</td></tr></table>"));
    QVERIFY(KnowledgeBaseHtml::isOpenableLink(QStringLiteral("https://example.org")));
    QVERIFY(!KnowledgeBaseHtml::isOpenableLink(QStringLiteral("file:///etc/passwd")));
    QVERIFY(!KnowledgeBaseHtml::isOpenableLink(QStringLiteral("javascript:alert(1)")));
}

void TestKnowledgeBaseText::plainTextForTheDiff()
{
    QCOMPARE(KnowledgeBaseHtml::toPlainText(
                 QStringLiteral("<p>Dose &amp; rate</p><script>x()</script><ul><li>one</li><li>two</li></ul>")),
             QStringLiteral("Dose & rate\none\ntwo"));
}

QTEST_GUILESS_MAIN(TestKnowledgeBaseText)
#include "TestKnowledgeBaseText.moc"
