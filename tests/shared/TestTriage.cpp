// SPDX-License-Identifier: MIT
#include <QtTest>
#include <algorithm>

#include <nlohmann/json.hpp>

#include "TestSupport.h"
#include "hss/triage/Triage.h"

using hss::Category;
using hss::Priority;
using hss::test::qs;
using namespace hss::triage;

namespace {

/// A rule set with the single phrase "pump" (patient safety, weight 10), to look at negation alone.
const TriageRuleSet& pumpRules()
{
    static const TriageRuleSet rules({TriagePhrase {"pump", {EmergencyCategory::PatientSafety}, {}, {}, 10}});
    return rules;
}

QString emergencyName(const TriageResult& result)
{
    return result.emergencyCategory ? qs(toString(*result.emergencyCategory)) : QString();
}

const TriageReason* reasonFor(const TriageResult& result, const std::string& phrase)
{
    const auto it = std::find_if(result.reasons.begin(), result.reasons.end(),
                                 [&phrase](const TriageReason& reason) { return reason.phrase == phrase; });
    return it == result.reasons.end() ? nullptr : &*it;
}

} // namespace

/// triage(): emergency detection with negation, suggested priority and category, and the reasons given.
class TestTriage final : public QObject
{
    Q_OBJECT

private slots:
    void negationScope_data();
    void negationScope();
    void defaultRules_data();
    void defaultRules();
    void reasonsNameFieldPhraseAndWeight();
    void phraseCountsOnceAndStrongestWinsOverlaps();
    void authorsCategoryIsKeptAndWeighs();
    void gapPhraseMatchesUpToThreeWords();
    void resultJson();
};

void TestTriage::negationScope_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matched");
    QTest::addColumn<bool>("negated");
    QTest::newRow("plain mention") << "The pump is down" << true << false;
    QTest::newRow("no before") << "No pump was involved" << true << true;
    QTest::newRow("not before") << "It is not the pump" << true << true;
    QTest::newRow("without before") << "Running without the pump" << true << true;
    QTest::newRow("contraction before") << "It isn't the pump" << true << true;
    QTest::newRow("cue five words before") << "no problem with any infusion pump" << true << true;
    QTest::newRow("cue six words before is out of reach") << "no issue at all with any pump" << true << false;
    QTest::newRow("but ends the scope") << "No alarms, but the pump stopped" << true << false;
    QTest::newRow("however ends the scope") << "Nothing down however pump stopped" << true << false;
    QTest::newRow("sentence ends the scope") << "No alarms. The pump stopped" << true << false;
    QTest::newRow("pseudo-negation no one") << "no one checked the pump" << true << false;
    QTest::newRow("pseudo-negation not working") << "not working since the pump update" << true << false;
    QTest::newRow("pseudo-negation never fired") << "alarm never fired on the pump" << true << false;
    QTest::newRow("ruled out after") << "pump failure ruled out" << true << true;
    QTest::newRow("none after") << "pump issues: none" << true << true;
    QTest::newRow("not affected after") << "the pump was not affected" << true << true;
    QTest::newRow("wasn't involved after") << "the pump wasn't involved" << true << true;
    QTest::newRow("failure after is no denial") << "the pump isn't working" << true << false;
    QTest::newRow("denial in the next clause") << "the pump alarmed, nothing was affected" << true << false;
    QTest::newRow("plural matches") << "Pumps down" << true << false;
    QTest::newRow("absent") << "The monitor is down" << false << false;
    QTest::newRow("negated once, plain later") << "Not the pump. Later the pump stopped" << true << false;
}

void TestTriage::negationScope()
{
    QFETCH(QString, text);
    QFETCH(bool, matched);
    QFETCH(bool, negated);
    const TriageResult result = triage({"ticket", text.toStdString(), std::nullopt}, pumpRules());
    const TriageReason* reason = reasonFor(result, "pump");
    QCOMPARE(reason != nullptr, matched);
    if (reason != nullptr) {
        QCOMPARE(reason->negated, negated);
        QCOMPARE(result.emergency, !negated);
    }
}

void TestTriage::defaultRules_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("emergency");
    QTest::addColumn<QString>("priority");
    QTest::addColumn<QString>("category");
    QTest::newRow("wrong dose is patient safety") << "Pump programmed with the wrong dose"
                                                  << "Heparin for bed 4."
                                                  << "patient_safety"
                                                  << "emergency"
                                                  << "medical_clinical";
    QTest::newRow("no patient harm is not an emergency") << "Dose rounding"
                                                         << "No patient harm, the rounding is just odd."
                                                         << ""
                                                         << "medium"
                                                         << "medical_clinical";
    QTest::newRow("outage for all users is downtime") << "EHR down for all users"
                                                      << "Nobody can open charts."
                                                      << "system_downtime"
                                                      << "emergency"
                                                      << "technical";
    QTest::newRow("not down is not an emergency") << "EHR slow"
                                                  << "The EHR is not down, just slow this morning."
                                                  << ""
                                                  << "medium"
                                                  << "technical";
    QTest::newRow("PHI exposed is a data breach") << "PHI exposed"
                                                  << "Patient names were exposed on a public link."
                                                  << "data_breach"
                                                  << "emergency"
                                                  << "compliance_security";
    QTest::newRow("without any data exposure is not an emergency") << "Blocked login attempts"
                                                                   << "MFA stopped them without any data exposure."
                                                                   << ""
                                                                   << "medium"
                                                                   << "technical";
    QTest::newRow("HIPAA violation is a compliance violation") << "HIPAA violation in logging"
                                                               << "Notes go to a vendor without a BAA."
                                                               << "compliance_violation"
                                                               << "emergency"
                                                               << "compliance_security";
    QTest::newRow("negation does not cross but") << "Outage"
                                                 << "No data was lost, but the EHR is down for all users."
                                                 << "system_downtime"
                                                 << "emergency"
                                                 << "technical";
    QTest::newRow("emergency without the obvious words")
        << "Nothing works since 8am"
        << "Every screen shows a spinning wheel, doctors use paper charts."
        << "system_downtime"
        << "emergency"
        << "technical";
    QTest::newRow("sandbox outweighs the wrong patient") << "Wrong patient in sandbox"
                                                         << "Test data only."
                                                         << ""
                                                         << ""
                                                         << "medical_clinical";
    QTest::newRow("planned downtime is low priority") << "Planned downtime Sunday"
                                                      << "Please confirm the maintenance window."
                                                      << ""
                                                      << "low"
                                                      << "technical";
    QTest::newRow("training question") << "How do I enroll in the course?"
                                       << ""
                                       << ""
                                       << "low"
                                       << "training_onboarding";
    QTest::newRow("integration question") << "HL7 mapping for new codes"
                                          << "Please add them."
                                          << ""
                                          << "medium"
                                          << "integration";
    QTest::newRow("nothing matches: medium technical") << "Hello"
                                                       << ""
                                                       << ""
                                                       << "medium"
                                                       << "technical";
    QTest::newRow("non-clinical outage is critical, not an emergency")
        << "Billing module down for all users"
        << "Finance cannot invoice. Clinical modules work normally."
        << ""
        << "critical"
        << "technical";
}

void TestTriage::defaultRules()
{
    QFETCH(QString, title);
    QFETCH(QString, description);
    QFETCH(QString, emergency);
    QFETCH(QString, priority);
    QFETCH(QString, category);
    const TriageResult result = triage({title.toStdString(), description.toStdString(), std::nullopt});
    QCOMPARE(emergencyName(result), emergency);
    QCOMPARE(result.emergency, !emergency.isEmpty());
    if (!priority.isEmpty()) {
        QCOMPARE(qs(toString(result.priority)), priority);
    }
    QCOMPARE(qs(toString(result.category)), category);
}

void TestTriage::reasonsNameFieldPhraseAndWeight()
{
    const TriageResult result = triage({"Sepsis alerts not firing", "No outage.", std::nullopt});
    const TriageReason* firing = reasonFor(result, "not firing");
    QVERIFY(firing != nullptr);
    QCOMPARE(qs(firing->field), QString("title"));
    QCOMPARE(qs(firing->matched), QString("not firing"));
    QCOMPARE(firing->weight, 8);
    QVERIFY(!firing->negated);
    QCOMPARE(qs(firing->message), QString("title: \"not firing\" → patient_safety, category medical_clinical +8"));
    const TriageReason* down = reasonFor(result, "outage");
    QVERIFY(down != nullptr);
    QCOMPARE(qs(down->field), QString("description"));
    QVERIFY(down->negated);
    QCOMPARE(qs(down->message), QString("description: \"outage\" is negated (\"no\") and ignored"));
    QCOMPARE(result.emergencyScores[1], 0);
}

void TestTriage::phraseCountsOnceAndStrongestWinsOverlaps()
{
    const TriageRuleSet rules({
        TriagePhrase {"is down", {EmergencyCategory::SystemDowntime}, {}, {}, 6},
        TriagePhrase {"down for all", {EmergencyCategory::SystemDowntime}, {}, {}, 9},
        TriagePhrase {"outage", {EmergencyCategory::SystemDowntime}, {}, {}, 2},
    });
    // "is down" overlaps "down for all": only the stronger counts. "outage" twice counts once.
    const TriageResult result = triage({"outage", "outage: the EHR is down for all", std::nullopt}, rules);
    QCOMPARE(result.emergencyScores[1], 11);
    QVERIFY(result.emergency);
    const TriageReason* covered = reasonFor(result, "is down");
    QVERIFY(covered != nullptr);
    QVERIFY(qs(covered->message).endsWith("(already counted in a stronger phrase)"));
    QVERIFY(covered->overlapped);
    const TriageReason* stronger = reasonFor(result, "down for all");
    QVERIFY(stronger != nullptr);
    QVERIFY(!stronger->overlapped);
}

void TestTriage::authorsCategoryIsKeptAndWeighs()
{
    const TriageRuleSet rules({TriagePhrase {"record", {EmergencyCategory::DataBreach}, Category::Technical, {}, 7}});
    const TriageInput plain {"Record shown", "", std::nullopt};
    QVERIFY(!triage(plain, rules).emergency);
    QCOMPARE(qs(toString(triage(plain, rules).category)), QString("technical"));
    const TriageInput security {"Record shown", "", Category::ComplianceSecurity};
    const TriageResult result = triage(security, rules);
    QVERIFY(result.emergency);
    QCOMPARE(emergencyName(result), QString("data_breach"));
    QCOMPARE(qs(toString(result.category)), QString("compliance_security"));
    QVERIFY(reasonFor(result, "compliance_security") != nullptr);
    QCOMPARE(qs(reasonFor(result, "compliance_security")->field), QString("category"));
}

void TestTriage::gapPhraseMatchesUpToThreeWords()
{
    const TriageRuleSet rules({TriagePhrase {"wrong * patient", {EmergencyCategory::PatientSafety}, {}, {}, 10}});
    QVERIFY(triage({"wrong patient", "", std::nullopt}, rules).emergency);
    QVERIFY(triage({"wrong elderly ICU ward patient", "", std::nullopt}, rules).emergency);
    QVERIFY(!triage({"wrong one of the ward patient", "", std::nullopt}, rules).emergency);
    QVERIFY(!triage({"wrong, patient", "", std::nullopt}, rules).emergency);
}

void TestTriage::resultJson()
{
    const TriageResult result = triage({"EHR down for all users", "", std::nullopt});
    const nlohmann::json json = toJson(result);
    QCOMPARE(json.at("emergency"), true);
    QCOMPARE(json.at("emergency_category"), "system_downtime");
    QCOMPARE(json.at("priority"), "emergency");
    QCOMPARE(json.at("category"), "technical");
    QVERIFY(json.at("reasons").is_array() && !json.at("reasons").empty());
    const nlohmann::json& first = json.at("reasons").at(0);
    for (const char* key : {"field", "phrase", "matched", "emergency_categories", "category", "priority", "weight",
                            "negated", "message"}) {
        QVERIFY2(first.contains(key), key);
    }
    const nlohmann::json calm = toJson(triage({"Hello", "", std::nullopt}));
    QVERIFY(calm.at("emergency_category").is_null());
    QCOMPARE(calm.at("emergency"), false);
}

QTEST_GUILESS_MAIN(TestTriage)
#include "TestTriage.moc"
