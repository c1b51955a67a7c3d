// SPDX-License-Identifier: MIT
#include <QSignalSpy>
#include <QtTest>

#include "core/TriageAdvisor.h"

using namespace hss;
using namespace hss::client;

class TestTriageAdvisor final : public QObject
{
    Q_OBJECT

private slots:
    void burstOfTypingGivesOneSuggestionForTheLastText();
    void emergencyComesWithReasons();
    void authorsCategoryIsKept();
    void emptyTitleClearsTheSuggestion();
};

void TestTriageAdvisor::burstOfTypingGivesOneSuggestionForTheLastText()
{
    TriageAdvisor advisor;
    QSignalSpy suggested(&advisor, &TriageAdvisor::suggestionChanged);
    advisor.setInput(QStringLiteral("Printer"), {}, std::nullopt);
    advisor.setInput(QStringLiteral("Printer is slow"), {}, std::nullopt);
    advisor.setInput(QStringLiteral("Patient got the wrong dose"), {}, std::nullopt);
    QVERIFY(suggested.isEmpty()); // nothing while typing
    QVERIFY(suggested.wait());
    QCOMPARE(suggested.count(), 1);
    QVERIFY(advisor.suggestion()->emergency);
}

void TestTriageAdvisor::emergencyComesWithReasons()
{
    TriageAdvisor advisor;
    advisor.setInput(QStringLiteral("Infusion pump problem"), QStringLiteral("The patient received a wrong dose."),
                     std::nullopt);
    advisor.evaluateNow();
    const auto& suggestion = advisor.suggestion();
    QVERIFY(suggestion);
    QVERIFY(suggestion->emergency);
    QVERIFY(suggestion->priority == Priority::Emergency);
    QVERIFY(suggestion->emergencyCategory == triage::EmergencyCategory::PatientSafety);
    QVERIFY(!suggestion->reasons.empty());
    QCOMPARE(suggestion->reasons.front().field, std::string("description"));
}

void TestTriageAdvisor::authorsCategoryIsKept()
{
    TriageAdvisor advisor;
    advisor.setInput(QStringLiteral("Question about the course"), {}, Category::Integration);
    advisor.evaluateNow();
    QVERIFY(advisor.suggestion()->category == Category::Integration);
    QVERIFY(!advisor.suggestion()->emergency);
}

void TestTriageAdvisor::emptyTitleClearsTheSuggestion()
{
    TriageAdvisor advisor;
    advisor.setInput(QStringLiteral("Wrong dose"), {}, std::nullopt);
    advisor.evaluateNow();
    QVERIFY(advisor.suggestion());
    QSignalSpy cleared(&advisor, &TriageAdvisor::suggestionCleared);
    advisor.setInput(QStringLiteral("   "), QStringLiteral("text"), std::nullopt);
    advisor.evaluateNow();
    QCOMPARE(cleared.count(), 1);
    QVERIFY(!advisor.suggestion());
}

QTEST_GUILESS_MAIN(TestTriageAdvisor)
#include "TestTriageAdvisor.moc"
