// SPDX-License-Identifier: MIT
#include <QtTest>
#include <set>

#include "TestSupport.h"
#include "hss/JsonText.h"
#include "hss/triage/TriageEvaluation.h"
#include "hss/triage/TriageScorerTraining.h"

using hss::test::qs;
using namespace hss::triage;

/// The labelled tickets of tests/data/triage load, cover every emergency category in both splits, and the default
/// rules with the learned scorer keep the issue's targets on the dev split (emergency recall >= 0.95, precision >=
/// 0.85) with the scorer judged on writers it never saw (leave-one-writer-out).
class TestTriageLabelledSet final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void setIsLargeAndCoversEverything();
    void rulesReachTheTargets();
    void evaluationCounts();
    void loaderRejectsInconsistentLabels_data();
    void loaderRejectsInconsistentLabels();

private:
    std::vector<LabelledTicket> m_tickets;
};

void TestTriageLabelledSet::initTestCase()
{
    QFile file(QStringLiteral(HSS_SOURCE_DIR "/tests/data/triage/labelled-tickets.jsonl"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray text = file.readAll();
    auto tickets = labelledTicketsFromJsonLines(std::string_view(text.constData(), std::size_t(text.size())));
    QVERIFY2(tickets.ok(), tickets.ok() ? "" : describe(tickets.error()).c_str());
    m_tickets = std::move(tickets).value();
}

void TestTriageLabelledSet::setIsLargeAndCoversEverything()
{
    QVERIFY(m_tickets.size() >= 200);
    std::set<std::pair<LabelSplit, std::optional<EmergencyCategory>>> seen;
    std::size_t test = 0;
    for (const LabelledTicket& ticket : m_tickets) {
        seen.insert({ticket.split, ticket.emergencyCategory});
        test += ticket.split == LabelSplit::Test ? 1 : 0;
    }
    QVERIFY(test >= 50);
    for (const LabelSplit split : {LabelSplit::Dev, LabelSplit::Test}) {
        QVERIFY(seen.count({split, std::nullopt}) == 1);
        for (const EmergencyCategory category : allEmergencyCategories) {
            QVERIFY2(seen.count({split, category}) == 1, toString(category).data());
        }
    }
}

void TestTriageLabelledSet::rulesReachTheTargets()
{
    // A guard against rule changes that lose what the rules were tuned for. The held-out split is reported in
    // docs/PERFORMANCE.md, never gated: a gate on it would push rule changes to be tuned on it.
    const TriageEvaluation dev = evaluateTriage(m_tickets, LabelSplit::Dev);
    QVERIFY(dev.tickets > 0 && dev.tickets < m_tickets.size());
    // The rules alone: since the fifth and sixth writers' batches (T973-T1372) joined dev their recall there is
    // about 0.90 (docs/PERFORMANCE.md, "Sixth version"); this floor only catches a rule change that loses ground.
    QVERIFY2(dev.emergency.recall() >= 0.89, qPrintable(QString::number(dev.emergency.recall())));
    QVERIFY2(dev.emergency.precision() >= 0.85, qPrintable(QString::number(dev.emergency.precision())));

    // What agents get, the rules and the scorer, with each writer's tickets scored by a scorer trained without that
    // writer at the committed threshold and veto weight: the issue's targets.
    const std::vector<ScorerExample> examples = scorerExamples(m_tickets);
    const CrossValidation cv = crossValidate(examples, ScorerTrainingOptions {});
    BinaryCounts combined;
    for (std::size_t i = 0; i < examples.size(); ++i) {
        TriageResult result = examples[i].rules;
        combineWithScorer(result, cv.predictions[i], cv.chosenThreshold, cv.chosenVetoWeight);
        combined.truePositives += examples[i].expected && result.emergency ? 1 : 0;
        combined.falsePositives += !examples[i].expected && result.emergency ? 1 : 0;
        combined.falseNegatives += examples[i].expected && !result.emergency ? 1 : 0;
    }
    QVERIFY2(combined.recall() >= 0.95, qPrintable(QString::number(combined.recall())));
    QVERIFY2(combined.precision() >= 0.85, qPrintable(QString::number(combined.precision())));
}

void TestTriageLabelledSet::evaluationCounts()
{
    LabelledTicket down {"a",
                         LabelSplit::Dev,
                         "EHR down for all users",
                         "",
                         EmergencyCategory::SystemDowntime,
                         hss::Priority::Emergency,
                         hss::Category::Technical};
    LabelledTicket missed {"b",
                           LabelSplit::Dev,
                           "Hello",
                           "",
                           EmergencyCategory::DataBreach,
                           hss::Priority::Emergency,
                           hss::Category::ComplianceSecurity};
    LabelledTicket calm {
        "c", LabelSplit::Test, "Hello", "", std::nullopt, hss::Priority::Medium, hss::Category::Technical};
    const TriageEvaluation dev = evaluateTriage({down, missed, calm}, LabelSplit::Dev);
    QCOMPARE(dev.tickets, std::size_t(2));
    QCOMPARE(dev.emergency.truePositives, std::size_t(1));
    QCOMPARE(dev.emergency.falseNegatives, std::size_t(1));
    QCOMPARE(dev.emergency.recall(), 0.5);
    QCOMPARE(dev.emergency.precision(), 1.0);
    QCOMPARE(dev.perCategory[2].falseNegatives, std::size_t(1));
    QCOMPARE(dev.priorityCorrect, std::size_t(1));
    QCOMPARE(dev.categoryCorrect, std::size_t(1));
    QCOMPARE(evaluateTriage({down, missed, calm}, LabelSplit::Test).priorityAccuracy(), 1.0);
}

void TestTriageLabelledSet::loaderRejectsInconsistentLabels_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    const QString line = R"({"id": "%1", "split": "dev", "title": "t", "description": "d", "emergency": %2,)"
                         R"( "emergency_category": %3, "priority": "%4", "category": "technical"})";
    const QString ok = line.arg("a", "false", "null", "low");
    QTest::newRow("emergency without category")
        << ok + "\n" + line.arg("b", "true", "null", "emergency") << "line 2: emergency_category";
    QTest::newRow("category without emergency")
        << line.arg("a", "false", "\"data_breach\"", "low") << "line 1: emergency_category";
    QTest::newRow("emergency with low priority")
        << line.arg("a", "true", "\"data_breach\"", "low") << "line 1: priority";
    QTest::newRow("duplicate id") << ok + "\n\n" + ok << "line 3: id";
    QTest::newRow("bad split") << QString(ok).replace("\"dev\"", "\"train\"") << "line 1: split";
    QTest::newRow("broken line") << ok + "\n{"
                                 << "line 2";
}

void TestTriageLabelledSet::loaderRejectsInconsistentLabels()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    const auto result = labelledTicketsFromJsonLines(text.toStdString());
    QVERIFY(!result.ok());
    QCOMPARE(qs(result.error().field), field);
}

QTEST_GUILESS_MAIN(TestTriageLabelledSet)
#include "TestTriageLabelledSet.moc"
